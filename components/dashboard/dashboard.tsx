'use client';
// A dashboard: filters, what the selection holds, its linked views and its records. The overview is a
// dashboard over everything; a profile page is a dashboard with one filter fixed by the page (its
// scope). Reads everything from the URL; data comes from the read API through TanStack Query
// (prefetched on the server for the first paint), and the previous data stays visible, dimmed, while a
// new filter loads.
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'use-intl/react';
import type {
  FilterOptions,
  MapResponse,
  MapStances,
  NetworkResponse,
  RecordPage,
  SummaryResponse,
  TimelineResponse,
} from '@/lib/domain/api';
import { LIST_FILTER_KEYS, type RecordFilter } from '@/lib/domain/filter';
import { localizedPath, type Locale } from '@/lib/i18n/config';
import { dashboardQueries } from '@/lib/query/dashboard-queries';
import type { VocabularyLists } from '@/lib/url/location';
import { scopedFilter, scopedView, unscopedView, withoutScope, type Scope } from '@/lib/url/scope';
import { useFilterUrl, type Navigate } from '@/lib/url/use-filter-url';
import { ActiveFilters } from '../filters/active-filters';
import { FilterPanel } from '../filters/filter-panel';
import { makeLabeller } from '../filters/labels';
import { UrlNotice } from '../filters/url-notice';
import { WorldMap } from '../charts/map/map-chart';
import { NetworkChart } from '../charts/network/network-chart';
import { TimelineChart } from '../charts/timeline/timeline-chart';
import { RecordsTable } from '../records/records-table';
import { Breakdown } from './breakdown';
import { SummaryStats } from './summary-stats';
import { useApi } from './use-api';

interface Props {
  vocabulary: VocabularyLists;
  options: FilterOptions;
  /** The filter a profile page fixes; absent on the overview. */
  scope?: Scope;
  /** Page heading and lead, rendered above the dashboard. */
  intro: ReactNode;
  /** The GCM endorsement vote for the map's second mode. */
  mapStances: MapStances | null;
}

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

export function Dashboard({ vocabulary, options, scope, intro, mapStances }: Props) {
  const t = useTranslations('overview');
  const tr = useTranslations('records');
  const tk = useTranslations('kinds');
  const tf = useTranslations('filters');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const locale = useLocale();
  const router = useRouter();
  const url = useFilterUrl(vocabulary);
  const own = useMemo(() => withoutScope(url.filter, scope), [url.filter, scope]);
  const filter = useMemo(() => scopedFilter(own.filter, scope), [own.filter, scope]);
  const view = useMemo(() => scopedView(url.view, scope), [url.view, scope]);
  const issues = useMemo(() => [...url.issues, ...own.issues], [url.issues, own.issues]);
  const activeCount =
    LIST_FILTER_KEYS.reduce((n, k) => n + own.filter[k].length, 0) +
    [own.filter.from, own.filter.to, own.filter.q].filter(Boolean).length;
  const label = useMemo(() => makeLabeller(options, (k) => tk(k as never)), [options, tk]);

  // Views change the effective filter; the address keeps only the page's own part of it.
  const { navigate: navigateUrl } = url;
  const navigate = useCallback<Navigate>(
    (next, nextView, mode) =>
      navigateUrl(
        withoutScope(next, scope).filter,
        nextView && unscopedView({ ...view, ...nextView }, scope),
        mode,
      ),
    [navigateUrl, scope, view],
  );
  const addTo = (key: 'topic' | 'objective', value: string | number) => {
    const current = filter[key] as Array<string | number>;
    if (!current.includes(value)) navigate({ ...filter, [key]: [...current, value] } as RecordFilter);
  };

  const q = dashboardQueries(filter, view, locale);
  const summary = useApi<SummaryResponse>(q.summary);
  const records = useApi<RecordPage>(q.records);
  const timeline = useApi<TimelineResponse>(q.timeline);
  const map = useApi<MapResponse>(q.map);
  const net = useApi<NetworkResponse>(q.network);
  const stateIds = useMemo(() => new Set(options.countries.map((c) => c.id)), [options.countries]);
  // A click on an actor centres the network on it and keeps only the records it takes part in.
  const focusActor = (id: string | null) => {
    if (!id) return navigate(filter, { ...view, focus: null });
    const key = stateIds.has(id) ? 'country' : 'actor';
    const already = (filter[key] as string[]).includes(id) || scope?.value === id;
    navigate(already ? filter : { ...filter, [key]: [...filter[key], id] }, { ...view, focus: id });
  };
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
  const topicNames = useMemo(
    () => Object.fromEntries(options.topics.map((x) => [x.id, x.name])),
    [options.topics],
  );
  const stateOf = (r: { isError: boolean; data: unknown }) =>
    (r.data ? 'ready' : r.isError ? 'error' : 'loading') as 'ready' | 'error' | 'loading';

  return (
    <div className="dashboard">
      <div className="dashboard__intro">{intro}</div>
      <UrlNotice issues={issues} canonicalise={() => navigate(filter, view, 'replace')} />
      <div className="dashboard__grid">
        <aside className={`dashboard__filters${filtersOpen ? ' is-open' : ''}`}>
          {/* On narrow screens the panel folds away behind this button; on wide ones it is always shown. */}
          <button
            type="button"
            className="button filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="filter-panel"
            onClick={() => setFiltersOpen((o) => !o)}
          >
            {filtersOpen ? tf('hide') : tf('show', { count: activeCount })}
          </button>
          <div id="filter-panel" className="dashboard__filter-body">
            <FilterPanel
              filter={filter}
              options={options}
              navigate={navigate}
              hidden={scope ? [scope.key] : []}
            />
          </div>
        </aside>
        <div className="dashboard__results">
          <ActiveFilters
            filter={own.filter}
            label={label}
            navigate={(f, v, m) => navigate(scopedFilter(f, scope), v, m)}
          />
          {summary.data ? <SummaryStats data={summary.data} stale={summary.isPlaceholderData} /> : null}
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
                ? (iso3) => router.push(localizedPath(locale as Locale, `/countries/${iso3}`))
                : toggleCountry
            }
            onModeChange={mapStances ? (mode) => navigate(filter, { ...view, map: mode }) : undefined}
          />
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
          {summary.data ? (
            <Breakdown
              data={summary.data}
              options={options}
              stale={summary.isPlaceholderData}
              onTopic={(id) => addTo('topic', id)}
              onObjective={(n) => addTo('objective', n)}
            />
          ) : null}
          <section aria-labelledby="records-heading" className="panel">
            <div className="panel__head">
              <h2 id="records-heading">
                {records.data ? tr('count', { count: records.data.total }) : tr('heading')}
              </h2>
              {records.isFetching ? (
                <span className="muted" role="status">
                  {t('updating')}
                </span>
              ) : null}
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
              />
            ) : (
              <p data-chart="table" data-state="loading">
                {t('loading')}
              </p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
