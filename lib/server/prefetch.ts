import 'server-only';
// Server side of the dashboards: fills a fresh QueryClient with what each view's first paint needs,
// under the keys the browser will use (lib/query/dashboard-queries.ts).
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import type { Lang } from '../domain/api';
import type { RecordFilter } from '../domain/filter';
import { dashboardQueries, timelineFilter } from '../query/dashboard-queries';
import { getQueryClient } from '../query/client';
import { queryKeys } from '../query/keys';
import { RECORDS_PAGE_SIZE, type ViewState } from '../url/view-params';
import { readListShape } from './api';
import { readDb } from './db';
import { listRecords } from './queries/records';
import { mapCounts } from './queries/map';
import { sharedRecordCounts } from './queries/record-counts';
import { network, NETWORK_DEFAULT_LIMIT } from './queries/network';
import { summary } from './queries/summary';
import { timeline } from './queries/timeline';

export type DashboardPart = 'summary' | 'map' | 'network' | 'timeline' | 'records';
export const DASHBOARD_PARTS: readonly DashboardPart[] = ['summary', 'map', 'network', 'timeline', 'records'];

/** `parts`: what the page shows (an embed shows one view; a dashboard all of them). */
export async function prefetchDashboard(
  filter: RecordFilter,
  view: ViewState,
  locale: Lang,
  parts: readonly DashboardPart[] = DASHBOARD_PARTS,
) {
  const db = await readDb();
  const qc: QueryClient = getQueryClient();
  const q = dashboardQueries(filter, view, locale);
  const want = (part: DashboardPart) => parts.includes(part);
  // The summary and the map read the filtered records for the same filters: once for both.
  const counts = want('summary') && want('map') ? sharedRecordCounts(db, filter) : undefined;
  await Promise.all([
    want('summary') &&
      qc.prefetchQuery({
        queryKey: queryKeys.api('summary', q.summary.query),
        queryFn: () => summary(db, filter, counts),
      }),
    want('map') &&
      qc.prefetchQuery({
        queryKey: queryKeys.api('map', q.map.query),
        queryFn: () => mapCounts(db, filter, counts),
      }),
    want('network') &&
      qc.prefetchQuery({
        queryKey: queryKeys.api('network', q.network.query),
        queryFn: () =>
          network(db, filter, {
            limit: NETWORK_DEFAULT_LIMIT,
            lang: locale,
            focus: view.focus,
            depth: view.depth,
            edges: view.edges,
          }),
      }),
    want('timeline') &&
      qc.prefetchQuery({
        queryKey: queryKeys.api('timeline', q.timeline.query),
        queryFn: () => timeline(db, timelineFilter(filter), view.interval, view.stack),
      }),
    want('records') &&
      qc.prefetchQuery({
        queryKey: queryKeys.api('records', q.records.query),
        queryFn: () =>
          listRecords(db, filter, {
            page: view.page,
            pageSize: RECORDS_PAGE_SIZE,
            sort: view.sort,
            lang: locale,
            // As the browser asks for it (the table's participants=N and sources=none).
            shape: readListShape(new URLSearchParams(q.records.query)),
          }),
      }),
  ]);
  return dehydrate(qc);
}
