// The one parser and serialiser of filter parameters. The API answers 400 when `issues` is not empty;
// pages drop the offending values and show the issues as a notice. Parsing is total: any input gives a
// valid filter.
import { parsePartialDate } from '../domain/dates';
import { EMPTY_FILTER, FILTER_KEYS, type RecordFilter } from '../domain/filter';
import { GCM_OBJECTIVE_COUNT, RECORD_KINDS, isOneOf, type RecordKind } from '../domain/vocab';

/** Version of the public URL format; shared links carry it as `v`. */
export const URL_FORMAT_VERSION = 1;

export const MAX_VALUES_PER_PARAM = 50;
export const MAX_QUERY_LENGTH = 200;

export type IssueCode =
  | 'unknown_parameter'
  | 'unknown_value'
  | 'malformed'
  | 'too_many_values'
  | 'too_long'
  | 'range'
  | 'version'
  | 'locked';

export interface ParamIssue {
  param: string;
  value: string;
  code: IssueCode;
  message: string;
}

/** The codes and slugs that exist; anything else is an unknown value. */
export interface FilterVocabulary {
  countries: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  blocs: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

export type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

export function getAll(source: ParamSource, key: string): string[] {
  if (source instanceof URLSearchParams) return source.getAll(key);
  const v = source[key];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

export function keysOf(source: ParamSource): string[] {
  if (source instanceof URLSearchParams) return [...new Set(source.keys())];
  return Object.keys(source).filter((k) => source[k] !== undefined);
}

/** Repeated and comma-separated values, trimmed, empty ones dropped. */
function splitValues(raw: string[]): string[] {
  return raw
    .flatMap((r) => r.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

export interface ParseOptions {
  /** Parameters that are not filters but are allowed (paging, view options...). */
  allowed?: readonly string[];
}

export interface ParsedFilter {
  filter: RecordFilter;
  issues: ParamIssue[];
}

export function parseFilterParams(
  source: ParamSource,
  vocab: FilterVocabulary,
  options: ParseOptions = {},
): ParsedFilter {
  const issues: ParamIssue[] = [];
  const filter: RecordFilter = { ...EMPTY_FILTER };
  const allowed = new Set<string>([...FILTER_KEYS, 'v', ...(options.allowed ?? [])]);

  for (const key of keysOf(source)) {
    if (!allowed.has(key))
      issues.push({
        param: key,
        value: getAll(source, key).join(','),
        code: 'unknown_parameter',
        message: `Unknown parameter "${key}". Known parameters: ${[...allowed].join(', ')}.`,
      });
  }

  const version = getAll(source, 'v')[0];
  if (version !== undefined && !/^\d+$/.test(version))
    issues.push({ param: 'v', value: version, code: 'malformed', message: 'v must be a whole number.' });
  else if (version !== undefined && Number(version) > URL_FORMAT_VERSION)
    issues.push({
      param: 'v',
      value: version,
      code: 'version',
      message: `This link uses URL format ${version}; this server understands format ${URL_FORMAT_VERSION} and read what it could.`,
    });

  const list = <T>(
    key: string,
    normalise: (v: string) => string,
    accept: (v: string) => T | null,
    expected: string,
  ): T[] => {
    const values = splitValues(getAll(source, key));
    if (values.length > MAX_VALUES_PER_PARAM) {
      issues.push({
        param: key,
        value: `${values.length} values`,
        code: 'too_many_values',
        message: `${key} takes at most ${MAX_VALUES_PER_PARAM} values.`,
      });
    }
    const out = new Map<string, T>();
    for (const raw of values.slice(0, MAX_VALUES_PER_PARAM)) {
      const v = normalise(raw);
      const ok = accept(v);
      if (ok === null)
        issues.push({
          param: key,
          value: raw,
          code: 'unknown_value',
          message: `Unknown ${key} "${raw}": expected ${expected}.`,
        });
      else out.set(v, ok);
    }
    return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
  };

  // State ids are upper-case ISO codes, other actors lower-case slugs (iom, un); accept either case.
  const idIn = (set: ReadonlySet<string>) => (v: string) =>
    set.has(v) ? v : set.has(v.toUpperCase()) ? v.toUpperCase() : v.toLowerCase();

  filter.country = list(
    'country',
    (v) => v.toUpperCase(),
    (v) => (vocab.countries.has(v) ? v : null),
    'an ISO 3166-1 alpha-3 country code such as VNM',
  );
  filter.actor = list(
    'actor',
    idIn(vocab.actors),
    (v) => (vocab.actors.has(v) ? v : null),
    'an actor id such as iom or VNM',
  );
  filter.bloc = list(
    'bloc',
    idIn(vocab.blocs),
    (v) => (vocab.blocs.has(v) ? v : null),
    'the id of a body with members, such as asean',
  );
  filter.topic = list(
    'topic',
    (v) => v.toLowerCase(),
    (v) => (vocab.topics.has(v) ? v : null),
    'a topic slug such as health',
  );
  filter.objective = list(
    'objective',
    (v) => v.replace(/^gcm-?/i, ''),
    (v) => (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= GCM_OBJECTIVE_COUNT ? Number(v) : null),
    `a GCM objective number from 1 to ${GCM_OBJECTIVE_COUNT}`,
  ).sort((a, b) => a - b);
  filter.kind = list<RecordKind>(
    'kind',
    (v) => v.toLowerCase(),
    (v) => (isOneOf(RECORD_KINDS, v) ? v : null),
    `one of ${RECORD_KINDS.join(', ')}`,
  );

  for (const key of ['from', 'to'] as const) {
    const raw = getAll(source, key)[0]?.trim();
    if (!raw) continue;
    const d = parsePartialDate(raw);
    if (!d)
      issues.push({
        param: key,
        value: raw,
        code: 'malformed',
        message: `${key} must be a date written YYYY, YYYY-MM or YYYY-MM-DD.`,
      });
    else filter[key] = d.value;
  }
  if (filter.from && filter.to) {
    const from = parsePartialDate(filter.from)!;
    const to = parsePartialDate(filter.to)!;
    if (from.start > to.end) {
      issues.push({
        param: 'to',
        value: filter.to,
        code: 'range',
        message: `The period ends (${filter.to}) before it starts (${filter.from}).`,
      });
      filter.to = null;
    }
  }

  const q = getAll(source, 'q')[0]?.trim();
  if (q) {
    if (q.length > MAX_QUERY_LENGTH)
      issues.push({
        param: 'q',
        value: `${q.slice(0, 20)}…`,
        code: 'too_long',
        message: `q takes at most ${MAX_QUERY_LENGTH} characters.`,
      });
    filter.q = q.slice(0, MAX_QUERY_LENGTH);
  }

  return { filter, issues };
}

/** Canonical query string of a filter: fixed key order, sorted comma-joined values. */
export function filterToSearchParams(
  filter: RecordFilter,
  options: { version?: boolean } = {},
): URLSearchParams {
  const p = new URLSearchParams();
  if (options.version) p.set('v', String(URL_FORMAT_VERSION));
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (Array.isArray(value)) {
      // Sorted, so that the same filter always makes the same address (and the same cache key).
      if (value.length > 0)
        p.set(
          key,
          [...(value as Array<string | number>)]
            .sort((a, b) =>
              typeof a === 'number' && typeof b === 'number'
                ? a - b
                : String(a) < String(b)
                  ? -1
                  : String(a) > String(b)
                    ? 1
                    : 0,
            )
            .join(','),
        );
    } else if (value !== null && value !== '') {
      p.set(key, value);
    }
  }
  return p;
}
