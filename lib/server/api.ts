import 'server-only';
// Helpers for the read API's route handlers: one error shape, parameter checks that name the
// offending parameter, and a wrapper that turns anything unexpected into a logged 500 instead of a
// leaked stack trace.
import type { ApiError, Lang } from '../domain/api';
import type { RecordFilter } from '../domain/filter';
import { isLocale, LOCALES } from '../i18n/config';
import { getAll, parseFilterParams, type FilterVocabulary, type ParamIssue } from '../url/filter-params';
import { NETWORK_EDGE_MEASURES } from './queries/network';
import type { ListShape } from './queries/records';
import { getVocabulary } from './vocabulary';

export class ApiProblem extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422,
    readonly body: ApiError & Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.error.message);
  }
}

export function badParameters(issues: ParamIssue[]): ApiProblem {
  const names = [...new Set(issues.map((i) => i.param))].join(', ');
  return new ApiProblem(400, {
    error: {
      code: 'bad_parameter',
      message: `Bad parameter${issues.length > 1 ? 's' : ''}: ${names}. ${issues.map((i) => i.message).join(' ')}`,
      issues,
    },
  });
}

export function notFound(what: string, id: string): ApiProblem {
  return new ApiProblem(404, { error: { code: 'not_found', message: `No ${what} with id "${id}".` } });
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export function json(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { ...JSON_HEADERS, 'cache-control': 'public, max-age=0, must-revalidate', ...init.headers },
  });
}

export async function handle(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ApiProblem)
      return json(err.body, { status: err.status, headers: { 'cache-control': 'no-store', ...err.headers } });
    console.error('[api] unexpected error', err);
    return json(
      {
        error: { code: 'internal', message: 'The server could not answer this request.' },
      } satisfies ApiError,
      {
        status: 500,
        headers: { 'cache-control': 'no-store' },
      },
    );
  }
}

/** Checks a set of plain parameters (not filters): unknown names, and values from a fixed list. */
export function checkParams(
  params: URLSearchParams,
  spec: Record<string, { values?: readonly string[]; pattern?: RegExp; expected: string }>,
): ParamIssue[] {
  const issues: ParamIssue[] = [];
  for (const key of new Set(params.keys())) {
    const s = spec[key];
    if (!s) {
      issues.push({
        param: key,
        value: params.get(key) ?? '',
        code: 'unknown_parameter',
        message: `Unknown parameter "${key}". Known parameters: ${Object.keys(spec).join(', ')}.`,
      });
      continue;
    }
    for (const raw of getAll(params, key).flatMap((v) => v.split(','))) {
      const v = raw.trim();
      if ((s.values && !s.values.includes(v)) || (s.pattern && !s.pattern.test(v)))
        issues.push({
          param: key,
          value: v,
          code: 'unknown_value',
          message: `Bad ${key} "${v}": expected ${s.expected}.`,
        });
    }
  }
  return issues;
}

export const LANGS: readonly Lang[] = LOCALES;
export const LANG_SPEC = { values: LANGS, expected: 'en, fr, es or ar' } as const;

/** The language asked for with `lang=` (checked against LANG_SPEC by the caller); English otherwise. */
export function langOf(params: URLSearchParams): Lang {
  const l = params.get('lang');
  return isLocale(l) ? l : 'en';
}

/** The endpoint's own parameters and what each accepts. */
export type ParamSpec = Record<string, { values?: readonly string[]; pattern?: RegExp; expected: string }>;

/**
 * Parses the shared filter plus the endpoint's own parameters; throws a 400 naming every bad one. An
 * endpoint whose own parameters name actors (a network's `focus`) passes a function of the vocabulary,
 * so that the vocabulary is read once per request.
 */
export async function readFilter(
  params: URLSearchParams,
  ownSpec: ParamSpec | ((vocabulary: FilterVocabulary) => ParamSpec),
): Promise<RecordFilter> {
  const vocabulary = await getVocabulary();
  const own = typeof ownSpec === 'function' ? ownSpec(vocabulary) : ownSpec;
  const { filter, issues } = parseFilterParams(params, vocabulary, { allowed: Object.keys(own) });
  const ownParams = new URLSearchParams([...params.entries()].filter(([k]) => k in own));
  const all = [...issues, ...checkParams(ownParams, own)];
  if (all.length) throw badParameters(all);
  return filter;
}

export function intParam(
  params: URLSearchParams,
  key: string,
  def: number,
  min: number,
  max: number,
): number {
  const raw = params.get(key);
  if (raw === null) return def;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw badParameters([
      {
        param: key,
        value: raw,
        code: 'unknown_value',
        message: `${key} must be a whole number from ${min} to ${max}.`,
      },
    ]);
  return Number(raw);
}

/** Most participants a records list may be asked to name per record (`participants=N`). */
export const MAX_LISTED_PARTICIPANTS = 1000;

/** The parameters of a records list's shape, as checked by `readFilter` (see app/api/v1/records). */
export const LIST_SHAPE_SPEC = {
  participants: { pattern: /^\d+$/, expected: `a number from 0 to ${MAX_LISTED_PARTICIPANTS}` },
  sources: { values: ['all', 'none'], expected: 'all or none' },
} as const;

/**
 * How much of each record a records list carries: `participants=N` names the first N participants,
 * `sources=none` leaves the sources out. The API reads it from the request; the dashboard's server
 * prefetch from the same query string the browser will send, so both hold the same answer.
 */
export function readListShape(params: URLSearchParams): ListShape {
  return {
    participants: params.has('participants')
      ? intParam(params, 'participants', 0, 0, MAX_LISTED_PARTICIPANTS)
      : undefined,
    withoutSources: params.get('sources') === 'none',
  };
}

/** A network's view parameters (the network API and its chart images). */
export const networkViewSpec = (vocabulary: FilterVocabulary): ParamSpec => ({
  focus: { values: [...vocabulary.actors], expected: 'an actor id (see /api/v1/actors)' },
  depth: { values: ['1', '2'], expected: '1 or 2' },
  edges: { values: NETWORK_EDGE_MEASURES, expected: NETWORK_EDGE_MEASURES.join(' or ') },
});
