'use client';
// The overview: filters, what the selection holds, and its records. Reads everything from the URL;
// data comes from the read API through TanStack Query (prefetched on the server for the first paint),
// and the previous data stays visible, dimmed, while a new filter loads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocale, useTranslations } from 'use-intl/react';
import type { FilterOptions, RecordPage, SummaryResponse } from '@/lib/domain/api';
import { fetchApi } from '@/lib/query/fetch';
import { apiQuery, queryKeys } from '@/lib/query/keys';
import type { VocabularyLists } from '@/lib/url/location';
import { useFilterUrl } from '@/lib/url/use-filter-url';
import { RECORDS_PAGE_SIZE } from '@/lib/url/view-params';
import { ActiveFilters } from '../filters/active-filters';
import { FilterPanel } from '../filters/filter-panel';
import { makeLabeller } from '../filters/labels';
import { UrlNotice } from '../filters/url-notice';
import { RecordsTable } from '../records/records-table';
import { SummaryStats } from './summary-stats';

export function Overview({ vocabulary, options }: { vocabulary: VocabularyLists; options: FilterOptions }) {
  const t = useTranslations('overview');
  const tr = useTranslations('records');
  const tk = useTranslations('kinds');
  const locale = useLocale();
  const { filter, view, issues, navigate } = useFilterUrl(vocabulary);
  const label = useMemo(() => makeLabeller(options, (k) => tk(k as never)), [options, tk]);

  const summaryQuery = apiQuery(filter, {}, locale);
  const summary = useQuery({
    queryKey: queryKeys.api('summary', summaryQuery),
    queryFn: ({ signal }) => fetchApi<SummaryResponse>('summary', summaryQuery, signal),
    placeholderData: keepPreviousData,
  });
  const recordsQuery = apiQuery(
    filter,
    { page: view.page, pageSize: RECORDS_PAGE_SIZE, sort: view.sort },
    locale,
  );
  const records = useQuery({
    queryKey: queryKeys.api('records', recordsQuery),
    queryFn: ({ signal }) => fetchApi<RecordPage>('records', recordsQuery, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="overview">
      <div className="overview__intro">
        <h1>{t('heading')}</h1>
        <p className="lead">{t('lead')}</p>
      </div>
      <UrlNotice issues={issues} canonicalise={() => navigate(filter, view, 'replace')} />
      <div className="overview__grid">
        <aside className="overview__filters">
          <FilterPanel filter={filter} options={options} navigate={navigate} />
        </aside>
        <div className="overview__results">
          <ActiveFilters filter={filter} label={label} navigate={navigate} />
          {summary.data ? <SummaryStats data={summary.data} stale={summary.isPlaceholderData} /> : null}
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
