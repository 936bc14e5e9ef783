// View parameters: how the filtered records are shown (page, sort), as opposed to which records.
// Part of the same versioned URL; unknown values fall back to defaults with a notice.
import { RECORD_SORTS, type RecordSort } from '../server/queries/record-sorts';
import { getAll, type ParamIssue, type ParamSource } from './filter-params';

export interface ViewState {
  page: number;
  sort: RecordSort;
}

/** Records per page in the overview's table. */
export const RECORDS_PAGE_SIZE = 25;

export const DEFAULT_VIEW: ViewState = { page: 1, sort: '-date' };
export const VIEW_PARAMS = ['page', 'sort'] as const;

export function parseViewParams(source: ParamSource): { view: ViewState; issues: ParamIssue[] } {
  const issues: ParamIssue[] = [];
  const view: ViewState = { ...DEFAULT_VIEW };
  const page = getAll(source, 'page')[0];
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
  const sort = getAll(source, 'sort')[0];
  if (sort !== undefined) {
    if ((RECORD_SORTS as readonly string[]).includes(sort)) view.sort = sort as RecordSort;
    else
      issues.push({
        param: 'sort',
        value: sort,
        code: 'unknown_value',
        message: `sort must be one of ${RECORD_SORTS.join(', ')}.`,
      });
  }
  return { view, issues };
}

export function writeViewParams(p: URLSearchParams, view: ViewState): URLSearchParams {
  if (view.sort !== DEFAULT_VIEW.sort) p.set('sort', view.sort);
  if (view.page !== DEFAULT_VIEW.page) p.set('page', String(view.page));
  return p;
}
