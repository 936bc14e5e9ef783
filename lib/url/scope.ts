// A profile page is a dashboard whose one filter is fixed by the page itself (/countries/VNM is
// country=VNM). The address may narrow it further with any other filter; a value for the fixed key
// in the address is dropped with a notice, since the page already decides it.
import type { ListFilterKey, RecordFilter } from '../domain/filter';
import type { ParamIssue } from './filter-params';

export interface Scope {
  key: Extract<ListFilterKey, 'country' | 'actor' | 'objective'>;
  value: string | number;
}

export function scopedFilter(filter: RecordFilter, scope: Scope | null | undefined): RecordFilter {
  if (!scope) return filter;
  return { ...filter, [scope.key]: [scope.value] } as RecordFilter;
}

/** The address's own part of the filter: the scope key removed (with an issue if it was there). */
export function withoutScope(
  filter: RecordFilter,
  scope: Scope | null | undefined,
): { filter: RecordFilter; issues: ParamIssue[] } {
  if (!scope) return { filter, issues: [] };
  const values = filter[scope.key] as Array<string | number>;
  const issues: ParamIssue[] = values
    .filter((v) => v !== scope.value)
    .map((v) => ({
      param: scope.key,
      value: String(v),
      code: 'locked' as const,
      message: `This page is about ${scope.value}; its ${scope.key} is fixed.`,
    }));
  return { filter: { ...filter, [scope.key]: [] } as RecordFilter, issues };
}

/** On an actor's profile, the network centres on that actor unless the address says otherwise. */
export function scopedView<V extends { focus: string | null }>(view: V, scope: Scope | null | undefined): V {
  if (!scope || scope.key === 'objective' || view.focus) return view;
  return { ...view, focus: String(scope.value) };
}

/** The address keeps only what differs from the page's defaults (a profile's own focus is implied). */
export function unscopedView<V extends { focus: string | null }>(
  view: V,
  scope: Scope | null | undefined,
): V {
  if (!scope || view.focus !== String(scope.value)) return view;
  return { ...view, focus: null };
}
