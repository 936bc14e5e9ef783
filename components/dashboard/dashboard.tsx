'use client';
// A dashboard: filters, what the selection holds, its linked views and its records. The overview is a
// dashboard over everything; a profile page is a dashboard with one filter fixed by the page (its
// scope). Reads everything from the URL; data comes from the read API through TanStack Query
// (prefetched on the server for the first paint), and the previous data stays visible, dimmed, while a
// new filter loads. The views themselves (views.tsx) are shared with the embeds.
import { Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import type { FilterOptions, MapStances, SummaryResponse } from '@/lib/domain/api';
import type { RecordFilter } from '@/lib/domain/filter';
import { dashboardQueries } from '@/lib/query/dashboard-queries';
import type { VocabularyLists } from '@/lib/url/location';
import { scopedFilter, type Scope } from '@/lib/url/scope';
import { ChartDisplayContext, DEFAULT_DISPLAY, type ChartDisplay } from '../charts/shared/chart-display';
import { EmbedButton } from '../embed/embed-button';
import { ActiveFilters } from '../filters/active-filters';
import { FilterPanel } from '../filters/filter-panel';
import { makeLabeller } from '../filters/labels';
import { useLabelText } from '../ui/data-label';
import { UrlNotice } from '../filters/url-notice';
import { Breakdown } from './breakdown';
import { ReportLink } from './report-link';
import { SummaryStats } from './summary-stats';
import { useApi } from './use-api';
import { useDashboardState } from './use-dashboard-state';
import { MapView, NetworkView, RecordsView, TimelineView } from './views';

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

export function Dashboard({ vocabulary, options, scope, intro, mapStances }: Props) {
  const tk = useTranslations('kinds');
  const tf = useTranslations('filters');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const ctx = useDashboardState({ vocabulary, options, scope });
  const { filter, own, view, navigate, issues, locale } = ctx;
  const labelText = useLabelText();
  const label = useMemo(
    () => makeLabeller(options, (k) => tk(k as never), labelText),
    [options, tk, labelText],
  );
  const addTo = (key: 'topic' | 'objective', value: string | number) => {
    const current = filter[key] as Array<string | number>;
    if (!current.includes(value)) navigate({ ...filter, [key]: [...current, value] } as RecordFilter);
  };
  const summary = useApi<SummaryResponse>(dashboardQueries(filter, view, locale).summary);
  // Every chart's toolbar ends with "Embed and download" for the view it shows.
  const display = useMemo<ChartDisplay>(
    () => ({
      ...DEFAULT_DISPLAY,
      actions: (chart) => <EmbedButton chart={chart} filter={filter} view={view} locale={locale} />,
    }),
    [filter, view, locale],
  );

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
            {filtersOpen ? tf('hide') : tf('show', { count: ctx.activeCount })}
          </button>
          <div id="filter-panel" className="dashboard__filter-body">
            {/* Parts without lazily loaded code sit in Suspense boundaries of their own: each then
                hydrates in a task of its own rather than all in one long one. (The charts load
                their code lazily: a boundary around them would stream them out of order.) */}
            <Suspense>
              <FilterPanel
                filter={filter}
                options={options}
                navigate={navigate}
                hidden={scope ? [scope.key] : []}
              />
            </Suspense>
          </div>
        </aside>
        <div className="dashboard__results">
          <ActiveFilters
            filter={own}
            label={label}
            navigate={(f, v, m) => navigate(scopedFilter(f, scope), v, m)}
          />
          <ReportLink filter={filter} view={view} locale={locale} />
          {summary.data ? <SummaryStats data={summary.data} stale={summary.isPlaceholderData} /> : null}
          <ChartDisplayContext.Provider value={display}>
            <TimelineView ctx={ctx} />
            <MapView ctx={ctx} mapStances={mapStances} />
            <NetworkView ctx={ctx} deferred />
          </ChartDisplayContext.Provider>
          <Suspense>
            {summary.data ? (
              <Breakdown
                data={summary.data}
                options={options}
                stale={summary.isPlaceholderData}
                onTopic={(id) => addTo('topic', id)}
                onObjective={(n) => addTo('objective', n)}
              />
            ) : null}
          </Suspense>
          <Suspense>
            <RecordsView
              ctx={ctx}
              actions={<EmbedButton chart="table" filter={filter} view={view} locale={locale} />}
            />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
