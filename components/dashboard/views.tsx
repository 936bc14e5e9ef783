'use client';
// The dashboard's views wired to the URL and the read API: each one reads the shared state, fetches
// its own data under the keys the server prefetched (lib/query/dashboard-queries.ts) and turns the
// chart's events into a new address. The dashboard shows them all; an embed shows one.
import { useRouter } from 'next/navigation';
import { useMemo, type ReactNode } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import type {
  MapResponse,
  MapStances,
  NetworkResponse,
  RecordListItem,
  RecordPage,
  TimelineResponse,
} from '@/lib/domain/api';
import { localizedPath } from '@/lib/i18n/config';
import { dashboardQueries } from '@/lib/query/dashboard-queries';
import { WorldMap } from '../charts/map/map-chart';
import { useChartDisplay } from '../charts/shared/chart-display';
import { useNearViewport } from '../charts/shared/use-near-viewport';
import { useLabelText } from '../ui/data-label';
import { LazyNetworkChart as NetworkChart } from '../charts/network/network-lazy';
import { LazyTimelineChart as TimelineChart } from '../charts/timeline/timeline-lazy';
import { RecordsTable } from '../records/records-table';
import { useApi } from './use-api';
import { stateOf, type DashboardState } from './use-dashboard-state';

const NO_COUNTS: MapResponse = { total: 0, countries: [] };
const NO_NETWORK: NetworkResponse = {
  nodes: [],
  edges: [],
  totalNodes: 0,
  totalEdges: 0,
  truncated: false,
  focus: null,
  depth: null,
  edgeMeasure: 'records',
};

const queriesOf = (ctx: DashboardState) => dashboardQueries(ctx.filter, ctx.view, ctx.locale);

export function TimelineView({ ctx }: { ctx: DashboardState }) {
  const { filter, view, navigate, options } = ctx;
  const timeline = useApi<TimelineResponse>(queriesOf(ctx).timeline);
  const labelText = useLabelText();
  // Legend, tooltip and table labels: a topic the sources name only in English says so.
  const topicNames = useMemo(
    () => Object.fromEntries(options.topics.map((x) => [x.id, labelText(x.name, x.nameLang)])),
    [options.topics, labelText],
  );
  return (
    <TimelineChart
      data={timeline.data}
      state={stateOf(timeline)}
      stale={timeline.isPlaceholderData}
      onRetry={() => timeline.refetch()}
      stack={view.stack}
      topicNames={topicNames}
      range={{ from: filter.from, to: filter.to }}
      onRangeChange={(r) => navigate({ ...filter, from: r.from, to: r.to })}
      onStackChange={(stack) => navigate(filter, { ...view, page: 1, stack })}
    />
  );
}

export function MapView({ ctx, mapStances }: { ctx: DashboardState; mapStances: MapStances | null }) {
  const { filter, view, navigate, options, scope, locale } = ctx;
  const router = useRouter();
  const map = useApi<MapResponse>(queriesOf(ctx).map);
  const blocMembers = useMemo(
    () => [...new Set(options.blocs.filter((b) => filter.bloc.includes(b.id)).flatMap((b) => b.members))],
    [options.blocs, filter.bloc],
  );
  const toggleCountry = (iso3: string) =>
    navigate({
      ...filter,
      country: filter.country.includes(iso3)
        ? filter.country.filter((c) => c !== iso3)
        : [...filter.country, iso3],
    });
  return (
    <WorldMap
      mode={mapStances ? view.map : 'records'}
      counts={map.data ?? NO_COUNTS}
      state={stateOf(map)}
      stale={map.isPlaceholderData}
      onRetry={() => map.refetch()}
      stances={mapStances?.items}
      stanceSource={mapStances?.source}
      countries={options.countries}
      selected={filter.country}
      highlight={blocMembers}
      onSelectCountry={
        scope?.key === 'country'
          ? (iso3) => router.push(localizedPath(locale, `/countries/${iso3}`))
          : toggleCountry
      }
      onModeChange={mapStances ? (mode) => navigate(filter, { ...view, map: mode }) : undefined}
    />
  );
}

export function NetworkView({ ctx, deferred = false }: { ctx: DashboardState; deferred?: boolean }) {
  const { filter, view, navigate, options, scope } = ctx;
  // Deferred (far down the dashboard, and not prefetched by the server unless focused): asked for
  // when the reader scrolls near it. Data already in the cache shows at once either way.
  const [near, isNear] = useNearViewport<HTMLDivElement>();
  const net = useApi<NetworkResponse>(queriesOf(ctx).network, !deferred || isNear);
  const stateIds = useMemo(() => new Set(options.countries.map((c) => c.id)), [options.countries]);
  // A click on an actor centres the network on it and keeps only the records it takes part in.
  const focusActor = (id: string | null) => {
    if (!id) return navigate(filter, { ...view, focus: null });
    const key = stateIds.has(id) ? 'country' : 'actor';
    const already = (filter[key] as string[]).includes(id) || scope?.value === id;
    navigate(already ? filter : { ...filter, [key]: [...filter[key], id] }, { ...view, focus: id });
  };
  return (
    <div ref={near}>
      <NetworkChart
        data={net.data ?? NO_NETWORK}
        state={stateOf(net)}
        stale={net.isPlaceholderData}
        onRetry={() => net.refetch()}
        focus={view.focus}
        depth={view.depth}
        edgeMeasure={view.edges}
        onFocus={focusActor}
        onDepthChange={(depth) => navigate(filter, { ...view, depth })}
        onEdgeMeasureChange={(edges) => navigate(filter, { ...view, edges })}
      />
    </div>
  );
}

export function RecordsView({
  ctx,
  newTab = false,
  actions,
}: {
  ctx: DashboardState;
  newTab?: boolean;
  /** The dashboard's "Embed and download" for the table. */
  actions?: ReactNode;
}) {
  const t = useTranslations('overview');
  const display = useChartDisplay();
  const tr = useTranslations('records');
  const { filter, view, navigate } = ctx;
  const records = useApi<RecordPage<RecordListItem>>(queriesOf(ctx).records);
  return (
    <section aria-labelledby="records-heading" className="panel">
      <div className="panel__head">
        <h2 id="records-heading" className={display.title ? undefined : 'visually-hidden'}>
          {records.data ? tr('count', { count: records.data.total }) : tr('heading')}
        </h2>
        {records.isFetching ? (
          <span className="muted" role="status">
            {t('updating')}
          </span>
        ) : null}
        {actions}
      </div>
      {records.isError && !records.data ? (
        <div className="error-state" data-chart="table" data-state="error" role="alert">
          <p>{t('loadError')}</p>
          <button type="button" className="button" onClick={() => records.refetch()}>
            {t('retry')}
          </button>
        </div>
      ) : records.data ? (
        <RecordsTable
          data={records.data}
          filter={filter}
          view={view}
          navigate={navigate}
          stale={records.isPlaceholderData}
          newTab={newTab}
        />
      ) : (
        <p data-chart="table" data-state="loading">
          {t('loading')}
        </p>
      )}
    </section>
  );
}
