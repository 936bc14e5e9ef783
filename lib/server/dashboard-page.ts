import 'server-only';
// Everything a dashboard page (overview or profile) needs on the server: the allowed vocabulary, the
// filter options in the page's language, and the prefetched data for the address's view.
import type { Lang } from '../domain/api';
import { parseLocation, toVocabularyLists } from '../url/location';
import { scopedFilter, withoutScope, type Scope } from '../url/scope';
import { toSearchParams } from '../url/search-params';
import { getDb } from './db';
import { prefetchDashboard } from './prefetch';
import { filterOptions } from './queries/options';
import { getVocabulary } from './vocabulary';

export async function loadDashboard(
  searchParams: Record<string, string | string[] | undefined>,
  locale: Lang,
  scope?: Scope,
) {
  const vocab = await getVocabulary();
  const { filter, view } = parseLocation(toSearchParams(searchParams), vocab);
  const effective = scopedFilter(withoutScope(filter, scope).filter, scope);
  const [options, state] = await Promise.all([
    filterOptions(getDb().db, locale),
    prefetchDashboard(effective, view, locale),
  ]);
  return { vocabulary: toVocabularyLists(vocab), options, state };
}
