// View parameters: how the filtered records are shown (table page and order, timeline interval and
// stacking, map mode, network focus, depth and edge measure), as opposed to which records. Part of the
// same versioned URL; unknown values fall back to defaults with a notice.
import { RECORD_SORTS, type RecordSort } from '../server/queries/record-sorts';
import { getAll, type ParamIssue, type ParamSource } from './filter-params';

export interface ViewState {
  page: number;
  sort: RecordSort;
  interval: 'auto' | 'year' | 'month';
  stack: 'kind' | 'topic';
  map: 'records' | 'stance';
  /** Actor at the centre of the network's ego view (validated against the vocabulary by the caller). */
  focus: string | null;
  depth: 1 | 2;
  edges: 'records' | 'memberships';
}

/** Records per page in the records table. */
export const RECORDS_PAGE_SIZE = 25;
/** Participants the records table lists per record (then "and N more"). */
export const RECORDS_LISTED_PARTICIPANTS = 4;

export const DEFAULT_VIEW: ViewState = {
  page: 1,
  sort: '-date',
  interval: 'auto',
  stack: 'kind',
  map: 'records',
  focus: null,
  depth: 1,
  edges: 'records',
};

type EnumKey = 'sort' | 'interval' | 'stack' | 'map' | 'edges';
const ENUMS: { [K in EnumKey]: readonly ViewState[K][] } = {
  sort: RECORD_SORTS,
  interval: ['auto', 'year', 'month'],
  stack: ['kind', 'topic'],
  map: ['records', 'stance'],
  edges: ['records', 'memberships'],
};

export const VIEW_PARAMS = ['page', 'sort', 'interval', 'stack', 'map', 'focus', 'depth', 'edges'] as const;

export function parseViewParams(
  source: ParamSource,
  isActor: (id: string) => string | null = (id) => id,
): { view: ViewState; issues: ParamIssue[] } {
  const issues: ParamIssue[] = [];
  const view: ViewState = { ...DEFAULT_VIEW };
  const first = (key: string) => getAll(source, key)[0];

  const page = first('page');
  if (page !== undefined) {
    if (/^\d{1,6}$/.test(page) && Number(page) >= 1) view.page = Number(page);
    else
      issues.push({
        param: 'page',
        value: page,
        code: 'unknown_value',
        message: 'page must be a whole number from 1.',
      });
  }
  for (const key of Object.keys(ENUMS) as EnumKey[]) {
    const v = first(key);
    if (v === undefined) continue;
    if ((ENUMS[key] as readonly string[]).includes(v)) (view as unknown as Record<string, unknown>)[key] = v;
    else
      issues.push({
        param: key,
        value: v,
        code: 'unknown_value',
        message: `${key} must be one of ${ENUMS[key].join(', ')}.`,
      });
  }
  const depth = first('depth');
  if (depth !== undefined) {
    if (depth === '1' || depth === '2') view.depth = Number(depth) as 1 | 2;
    else
      issues.push({ param: 'depth', value: depth, code: 'unknown_value', message: 'depth must be 1 or 2.' });
  }
  const focus = first('focus');
  if (focus !== undefined && focus !== '') {
    const id = isActor(focus);
    if (id) view.focus = id;
    else
      issues.push({
        param: 'focus',
        value: focus,
        code: 'unknown_value',
        message: `Unknown actor "${focus}".`,
      });
  }
  return { view, issues };
}

/** Writes the parameters that differ from the defaults, in a fixed order. */
export function writeViewParams(p: URLSearchParams, view: ViewState): URLSearchParams {
  for (const key of VIEW_PARAMS) {
    const v = view[key];
    if (v !== DEFAULT_VIEW[key] && v !== null) p.set(key, String(v));
  }
  return p;
}
