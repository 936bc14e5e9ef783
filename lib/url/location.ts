// A page address = filter + view. Shared by server pages (to prefetch what the address shows) and
// the browser (to read and write the address bar).
import type { RecordFilter } from '../domain/filter';
import {
  filterToSearchParams,
  parseFilterParams,
  URL_FORMAT_VERSION,
  type FilterVocabulary,
  type ParamIssue,
} from './filter-params';
import { EMBED_PARAMS } from './embed-params';
import { parseViewParams, VIEW_PARAMS, writeViewParams, type ViewState } from './view-params';

/** The vocabulary as plain arrays, to cross the server/client boundary. */
export interface VocabularyLists {
  countries: string[];
  organisations: string[];
  blocs: string[];
  topics: string[];
}

export function toVocabulary(v: VocabularyLists): FilterVocabulary {
  return {
    countries: new Set(v.countries),
    actors: new Set([...v.countries, ...v.organisations]),
    blocs: new Set(v.blocs),
    topics: new Set(v.topics),
  };
}

export function toVocabularyLists(v: FilterVocabulary): VocabularyLists {
  return {
    countries: [...v.countries].sort(),
    organisations: [...v.actors].filter((a) => !v.countries.has(a)).sort(),
    blocs: [...v.blocs].sort(),
    topics: [...v.topics].sort(),
  };
}

export interface ParsedLocation {
  filter: RecordFilter;
  view: ViewState;
  issues: ParamIssue[];
}

/**
 * `embed`: the address is an embed's, whose options (controls=0, lang=fr...) are part of it; elsewhere
 * they are unknown parameters.
 */
export function parseLocation(
  params: URLSearchParams,
  vocab: FilterVocabulary,
  opts: { embed?: boolean } = {},
): ParsedLocation {
  const f = parseFilterParams(params, vocab, {
    allowed: opts.embed ? [...VIEW_PARAMS, ...EMBED_PARAMS] : VIEW_PARAMS,
  });
  const actorId = (id: string) =>
    vocab.actors.has(id)
      ? id
      : vocab.actors.has(id.toUpperCase())
        ? id.toUpperCase()
        : vocab.actors.has(id.toLowerCase())
          ? id.toLowerCase()
          : null;
  const v = parseViewParams(params, actorId);
  return { filter: f.filter, view: v.view, issues: [...f.issues, ...v.issues] };
}

/** Canonical query string of a filter and view, versioned; empty for the default view. */
export function locationQuery(filter: RecordFilter, view: ViewState): string {
  const p = writeViewParams(filterToSearchParams(filter, { version: true }), view);
  const qs = p.toString();
  return qs === `v=${URL_FORMAT_VERSION}` ? '' : qs;
}
