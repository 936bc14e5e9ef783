// The record filter shared by every page, embed and API endpoint. Values inside one parameter are
// alternatives (OR); different parameters narrow each other (AND).
import type { RecordKind } from './vocab';

export interface RecordFilter {
  /** ISO 3166-1 alpha-3 codes of participating states. */
  country: string[];
  /** Actor ids of participants (any kind). */
  actor: string[];
  /** Body ids: records with the body itself or one of its members taking part. */
  bloc: string[];
  /** Topic slugs. */
  topic: string[];
  /** GCM objective numbers, 1-23. */
  objective: number[];
  kind: RecordKind[];
  /** Inclusive lower bound, YYYY, YYYY-MM or YYYY-MM-DD. */
  from: string | null;
  /** Inclusive upper bound, YYYY, YYYY-MM or YYYY-MM-DD. */
  to: string | null;
  /** Free text; accent- and case-insensitive, every word must match. */
  q: string | null;
}

export const LIST_FILTER_KEYS = ['country', 'actor', 'bloc', 'topic', 'objective', 'kind'] as const;
export type ListFilterKey = (typeof LIST_FILTER_KEYS)[number];
export const FILTER_KEYS = [...LIST_FILTER_KEYS, 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const EMPTY_FILTER: RecordFilter = Object.freeze({
  country: [],
  actor: [],
  bloc: [],
  topic: [],
  objective: [],
  kind: [],
  from: null,
  to: null,
  q: null,
}) as RecordFilter;

export function isEmptyFilter(f: RecordFilter): boolean {
  return LIST_FILTER_KEYS.every((k) => f[k].length === 0) && f.from === null && f.to === null && f.q === null;
}
