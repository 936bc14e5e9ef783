'use client';
// What every view of a dashboard shares: the page's filter and view read from the URL (with a
// profile's scope applied), the way to change them, and the language. The dashboard and the embeds
// both start here, so an embed shows exactly what the same address shows on the dashboard.
import { useCallback, useMemo } from 'react';
import { useLocale } from 'use-intl/react';
import type { FilterOptions } from '@/lib/domain/api';
import { LIST_FILTER_KEYS, type RecordFilter } from '@/lib/domain/filter';
import type { Locale } from '@/lib/i18n/config';
import type { EmbedOptions } from '@/lib/url/embed-params';
import type { ParamIssue } from '@/lib/url/filter-params';
import type { VocabularyLists } from '@/lib/url/location';
import { scopedFilter, scopedView, unscopedView, withoutScope, type Scope } from '@/lib/url/scope';
import { useFilterUrl, type Navigate } from '@/lib/url/use-filter-url';
import type { ViewState } from '@/lib/url/view-params';

export interface DashboardState {
  /** The effective filter (the scope applied). */
  filter: RecordFilter;
  /** The address's own part of the filter. */
  own: RecordFilter;
  view: ViewState;
  issues: ParamIssue[];
  navigate: Navigate;
  scope: Scope | undefined;
  options: FilterOptions;
  locale: Locale;
  /** How many filters the address sets (the filter button's count). */
  activeCount: number;
  /** Present on embeds only. */
  embed: EmbedOptions | null;
}

export function useDashboardState({
  vocabulary,
  options,
  scope,
  embed = false,
}: {
  vocabulary: VocabularyLists;
  options: FilterOptions;
  scope?: Scope | undefined;
  embed?: boolean;
}): DashboardState {
  const locale = useLocale() as Locale;
  const url = useFilterUrl(vocabulary, { embed });
  const own = useMemo(() => withoutScope(url.filter, scope), [url.filter, scope]);
  const filter = useMemo(() => scopedFilter(own.filter, scope), [own.filter, scope]);
  const view = useMemo(() => scopedView(url.view, scope), [url.view, scope]);
  const issues = useMemo(() => [...url.issues, ...own.issues], [url.issues, own.issues]);
  const activeCount =
    LIST_FILTER_KEYS.reduce((n, k) => n + own.filter[k].length, 0) +
    [own.filter.from, own.filter.to, own.filter.q].filter(Boolean).length;

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
  return {
    filter,
    own: own.filter,
    view,
    issues,
    navigate,
    scope,
    options,
    locale,
    activeCount,
    embed: embed ? url.embed : null,
  };
}

export const stateOf = (r: { isError: boolean; data: unknown }) =>
  (r.data ? 'ready' : r.isError ? 'error' : 'loading') as 'ready' | 'error' | 'loading';
