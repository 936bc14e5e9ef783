// The API calls behind each view of a dashboard, as (endpoint, canonical query) pairs. The server
// prefetches exactly these and the browser fetches exactly these, so keys always match.
import type { RecordFilter } from '../domain/filter';
import { RECORDS_LISTED_PARTICIPANTS, RECORDS_PAGE_SIZE, type ViewState } from '../url/view-params';
import { apiQuery, type Endpoint } from './keys';

export interface ViewQuery {
  endpoint: Endpoint;
  query: string;
}

/**
 * The timeline is asked for without the period: it shows the whole span around the selection, whose
 * period it highlights (and sets, by brushing).
 */
export function timelineFilter(filter: RecordFilter): RecordFilter {
  return { ...filter, from: null, to: null };
}

/** The network's own parameters (only those that differ from the API's defaults). */
export function networkParams(view: ViewState) {
  return {
    focus: view.focus,
    depth: view.focus && view.depth !== 1 ? view.depth : null,
    edges: view.edges !== 'records' ? view.edges : null,
  };
}

export function dashboardQueries(filter: RecordFilter, view: ViewState, locale: string) {
  return {
    summary: { endpoint: 'summary', query: apiQuery(filter, {}, locale) },
    // The table lists a few participants per record and no sources: it asks for no more.
    records: {
      endpoint: 'records',
      query: apiQuery(
        filter,
        {
          page: view.page,
          pageSize: RECORDS_PAGE_SIZE,
          sort: view.sort,
          participants: RECORDS_LISTED_PARTICIPANTS,
          sources: 'none',
        },
        locale,
      ),
    },
    timeline: {
      endpoint: 'timeline',
      query: apiQuery(timelineFilter(filter), { interval: view.interval, stack: view.stack }, locale),
    },
    map: { endpoint: 'map', query: apiQuery(filter, {}, locale) },
    network: { endpoint: 'network', query: apiQuery(filter, networkParams(view), locale) },
  } satisfies Record<string, ViewQuery>;
}
