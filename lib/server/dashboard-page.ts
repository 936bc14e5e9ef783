import 'server-only';
// Everything a dashboard page (overview or profile) needs on the server: the allowed vocabulary, the
// filter options in the page's language, the GCM vote for the map's second mode, and the prefetched
// data for the address's view.
import type { Lang } from '../domain/api';
import { parseLocation, toVocabularyLists } from '../url/location';
import { scopedFilter, scopedView, withoutScope, type Scope } from '../url/scope';
import { toSearchParams } from '../url/search-params';
import { DASHBOARD_PARTS, prefetchDashboard, type DashboardPart } from './prefetch';
import { gcmVote, referenceOptions } from './reference-cache';
import { getVocabulary } from './vocabulary';

export async function loadDashboard(
  searchParams: Record<string, string | string[] | undefined>,
  locale: Lang,
  scope?: Scope,
  /** An embed: its options are part of the address, and it shows only some parts. */
  embed?: { parts: readonly DashboardPart[] },
) {
  const vocab = await getVocabulary();
  const { filter, view } = parseLocation(toSearchParams(searchParams), vocab, { embed: !!embed });
  const effective = scopedFilter(withoutScope(filter, scope).filter, scope);
  const shownView = scopedView(view, scope);
  // The dashboard's network sits below the fold: the browser asks for it when the reader gets there
  // (components/dashboard/views.tsx), unless the address itself focuses it (a profile's implied focus
  // on its own actor does not count). Its thousands of ties would otherwise more than double the
  // page's weight: the busiest state's profile carried 0.5 MB of them and took 0.33 s to render at 1M
  // records, against 0.05 s without.
  const parts = embed?.parts ?? DASHBOARD_PARTS.filter((p) => p !== 'network' || view.focus);
  const [options, state, mapStances] = await Promise.all([
    referenceOptions(locale),
    prefetchDashboard(effective, shownView, locale, parts),
    gcmVote(locale),
  ]);
  return { vocabulary: toVocabularyLists(vocab), options, state, mapStances, filter: effective, view };
}
