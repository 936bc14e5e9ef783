// One query-key factory for server prefetching and client fetching: a view's key is the endpoint and
// the canonical query string of the API call that answers it, so the server can fill the cache with
// exactly what the browser would have fetched.
import type { RecordFilter } from '../domain/filter';
import { filterToSearchParams } from '../url/filter-params';

export type Endpoint = 'records' | 'summary' | 'timeline' | 'map' | 'network';

export function apiQuery(
  filter: RecordFilter,
  extra: Record<string, string | number | null | undefined> = {},
  lang = 'en',
): string {
  const p = filterToSearchParams(filter);
  for (const key of Object.keys(extra).sort()) {
    const v = extra[key];
    if (v !== null && v !== undefined && v !== '') p.set(key, String(v));
  }
  if (lang !== 'en') p.set('lang', lang);
  return p.toString();
}

export const queryKeys = {
  api: (endpoint: Endpoint, query: string) => ['api', endpoint, query] as const,
};
