// Compiles a RecordFilter into one SQL condition over `cooperation_record r`. Every read (list, count,
// timeline, map, network) uses this one compiler, so all views of a filter agree, and none of them
// ever shows a deleted record.
//
// A filter the facet index answers (two narrowings or more, or one with kinds or a period: usesFacets)
// is the set of its matching facts rows (docs/decisions/0013-facet-index.md). Otherwise, and as the
// reference the equivalence tests compare with, how each narrowing is written matters at a million
// records (docs/decisions/0008-aggregates-and-performance.md):
// - PostgreSQL plans semi-joins well: every narrowing is an `r.id IN (SELECT record_id ...)`.
// - SQLite starts from at most one such set; so the first narrowing (by actor, then objective, topic,
//   bloc, text) is the `IN` that drives the query, and the others are `EXISTS` probes of the
//   (record_id, key) primary keys, never materialised. With `drive: 'probe'` every narrowing is a
//   probe: right for walking the date index of a dense filter (a records page).
import { parsePartialDate } from '../../domain/dates';
import type { RecordFilter } from '../../domain/filter';
import { BLOC_MEMBER_ROLES } from '../../domain/vocab';
import { searchTerms } from '../../text/fold';
import { facetToken, factsIdFloor, pgFacet, pgSearchWords, type FacetKind } from '../../db/facts';
import { currentEngine, join, raw, sql, type Sql } from '../sql';
import { rollupsEnabled } from './rollup-plan';

/** Records that are not (soft-)deleted. */
export const LIVE = sql`r.deleted_at IS NULL`;

interface Narrowing {
  /** r.id IN (the set) */
  set: Sql;
  /** EXISTS (a probe for r) */
  probe: Sql;
}

function link(table: string, key: string, values: readonly string[]): Narrowing {
  const t = raw(table);
  const k = raw(key);
  return {
    set: sql`r.id IN (SELECT x.record_id FROM ${t} x WHERE x.${k} IN (${join(values)}))`,
    probe: sql`EXISTS (SELECT 1 FROM ${t} x WHERE x.record_id = r.id AND x.${k} IN (${join(values)}))`,
  };
}

function bloc(ids: readonly string[]): Narrowing {
  const members = sql`SELECT m.member_id FROM membership m WHERE m.body_id IN (${join(ids)}) AND m.role IN (${join(BLOC_MEMBER_ROLES)})`;
  return {
    set: sql`r.id IN (SELECT x.record_id FROM record_participant x WHERE x.actor_id IN (${join(ids)}) OR x.actor_id IN (${members}))`,
    probe: sql`EXISTS (SELECT 1 FROM record_participant x WHERE x.record_id = r.id AND (x.actor_id IN (${join(ids)}) OR x.actor_id IN (${members})))`,
  };
}

/** The words of a text query, each to be matched as the prefix of a word of the search text. */
export function queryWords(q: string): string[] {
  return searchTerms(q)
    .flatMap((t) => t.split(/[^\p{L}\p{N}]+/u))
    .filter(Boolean);
}

/** The FTS5 query for the words of `q` (SQLite): every word as a word prefix. */
export function ftsMatch(words: readonly string[]): string {
  return words.map((w) => `"${w}"*`).join(' AND ');
}

/** PostgreSQL: the tsquery for the words of `q`, every word as a word prefix (as ftsMatch on SQLite). */
const pgWordsQuery = (words: readonly string[]) =>
  sql`to_tsquery('simple', ${words.map((w) => `${w}:*`).join(' & ')})`;

function text(words: string[]): Narrowing {
  if (currentEngine() === 'postgres') {
    // The expression of the text index (migration 20261202000000_search_words).
    const cond = sql`${pgSearchWords(sql`r.search_text`)} @@ ${pgWordsQuery(words)}`;
    return { set: cond, probe: cond };
  }
  const match = ftsMatch(words);
  // Never a per-record probe: FTS5 would evaluate the query again for every record. The set of
  // matching rows is computed once and checked by rowid.
  const set = sql`r.rowid IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ${match})`;
  return { set, probe: set };
}

export type NarrowingKey = 'country' | 'actor' | 'objective' | 'topic' | 'bloc' | 'q';
/** Estimated records behind each narrowing (from the rollups: lib/server/queries/filter-plan.ts). */
export type NarrowingSizes = Partial<Record<NarrowingKey, number>>;

export interface FilterOptions {
  /** 'set' (default): one narrowing drives (SQLite); 'probe': every narrowing is a probe. */
  drive?: 'set' | 'probe';
  /** On SQLite the smallest narrowing drives; without sizes (or for unknown ones) the first listed. */
  sizes?: NarrowingSizes;
}

/** The narrowings of a filter the facet index knows: each a list of alternatives, all required. */
function facetNarrowings(f: RecordFilter) {
  const out: Array<{ kind: FacetKind; ids: readonly string[] }> = [];
  if (f.country.length) out.push({ kind: 'actor', ids: f.country });
  if (f.actor.length) out.push({ kind: 'actor', ids: f.actor });
  if (f.objective.length) out.push({ kind: 'commitment', ids: f.objective.map((n) => `gcm-${n}`) });
  if (f.topic.length) out.push({ kind: 'topic', ids: f.topic });
  return { links: out, words: f.q ? queryWords(f.q) : [] };
}

/**
 * Whether the facet index (lib/db/facts.ts) answers a filter, with the rollups on (the index is kept
 * with them; off, the filter's SQL below is the reference the equivalence tests compare with): two or
 * more narrowings among countries, actors, GCM objectives, topics and words, or one with kinds or a
 * period (the rollups answer what they can first; what they cannot reads the matching records, whose
 * links the facts rows carry). One narrowing alone is answered by the rollups or its own index; no
 * narrowing has nothing to intersect; a bloc's members are not in the index.
 */
export function usesFacets(f: RecordFilter): boolean {
  if (!rollupsEnabled() || f.bloc.length) return false;
  const { links, words } = facetNarrowings(f);
  const narrowings = links.length + (words.length ? 1 : 0);
  return narrowings >= 2 || (narrowings === 1 && (f.kind.length > 0 || !!f.from || !!f.to));
}

/**
 * SQLite: the FTS5 query of the facet index for a filter it answers, or null. Values of one narrowing
 * are alternatives, narrowings are all required: as in filterCondition.
 */
export function facetMatch(f: RecordFilter): string | null {
  if (currentEngine() !== 'sqlite' || !usesFacets(f)) return null;
  const { links, words } = facetNarrowings(f);
  const parts = links.map(
    ({ kind, ids }) => `facets:(${ids.map((id) => facetToken(kind, id)).join(' OR ')})`,
  );
  if (words.length) parts.push(`search_text:(${ftsMatch(words)})`);
  return parts.join(' AND ');
}

/**
 * A part of a facet-index set (SQLite): the records whose facts rowid is at least `from` and below
 * `to` (null: unbounded). Rowids follow the records' end dates (lib/db/facts.ts), and FTS5 seeks such
 * a range in each posting list; the parts are cut by `factsParts` (facts-parts.ts).
 */
export interface FactsPart {
  from: bigint | null;
  to: bigint | null;
}

/** The facts rows (`x`) a filter the facet index answers selects, before its kinds and period. */
function facetRows(f: RecordFilter, part?: FactsPart): { from: Sql; where: Sql[] } {
  const match = facetMatch(f);
  if (match) {
    // Rowids follow the records' end dates (lib/db/facts.ts): the index reads from the period's start,
    // or from the part's if it is later (one lower bound, which FTS5 seeks).
    const lows = [f.from ? factsIdFloor(parsePartialDate(f.from)!.start) : null, part?.from ?? null].filter(
      (b) => b !== null,
    );
    const lower = lows.length ? lows.reduce((a, b) => (a > b ? a : b)) : null;
    return {
      from: sql`record_facet_fts CROSS JOIN record_facts x ON x.id = record_facet_fts.rowid`,
      where: [
        sql`record_facet_fts MATCH ${match}`,
        ...(lower !== null ? [sql`record_facet_fts.rowid >= ${lower}`] : []),
        ...(part?.to != null ? [sql`record_facet_fts.rowid < ${part.to}`] : []),
      ],
    };
  }
  if (part) throw new Error('Only the SQLite facet index reads a set in parts.');
  // PostgreSQL: one bitmap scan of the GIN indexes intersects them.
  const { links, words } = facetNarrowings(f);
  const where = links.map(
    ({ kind, ids }) => sql`x.facets && ARRAY[${join(ids.map((id) => pgFacet(kind, id)))}]::text[]`,
  );
  if (words.length) where.push(sql`x.words @@ ${pgWordsQuery(words)}`);
  return { from: sql`record_facts x`, where };
}

/**
 * The facts rows (`record_facts x`: one per live record) of the records a filter the facet index
 * answers selects, with the given columns: the index intersects the narrowings, the facts row settles
 * the kind and the dates.
 */
export function matchingFacts(f: RecordFilter, columns: Sql, part?: FactsPart): Sql {
  const { from, where } = facetRows(f, part);
  return sql`SELECT ${columns} FROM ${from} WHERE ${join([...where, ...periodAndKinds(f, 'x')], ' AND ')}`;
}

/** How many records a facet query and the filter's kinds and period select. */
export function countMatchingFacts(f: RecordFilter): Sql {
  // SQLite, without kinds or a period: the index alone knows (every indexed record is live).
  const match = facetMatch(f);
  if (match && !periodAndKinds(f, 'x').length)
    return sql`SELECT COUNT(*) AS n FROM record_facet_fts WHERE record_facet_fts MATCH ${match}`;
  return sql`SELECT COUNT(*) AS n FROM (${matchingFacts(f, sql`1`)}) m`;
}

/** The filter's kinds and period as conditions on the rows of `alias` (records or their facts). */
function periodAndKinds(f: RecordFilter, alias: 'r' | 'x'): Sql[] {
  const a = raw(alias);
  const parts: Sql[] = [];
  if (f.kind.length) parts.push(sql`${a}.kind IN (${join(f.kind)})`);
  // A record matches a period when the days it may cover overlap it: a record dated "2018" is in
  // from=2018-06, and a record dated 2018-12-19 is not in to=2018-11.
  if (f.from) parts.push(sql`${a}.date_end >= ${parsePartialDate(f.from)!.start}`);
  if (f.to) parts.push(sql`${a}.date_start <= ${parsePartialDate(f.to)!.end}`);
  return parts;
}

export function filterCondition(f: RecordFilter, opts: FilterOptions = {}): Sql {
  // Walking the date index and probing each record (a dense filter's first page) stops early; the
  // facet index would find every match first.
  if (opts.drive !== 'probe' && usesFacets(f)) return sql`r.id IN (${matchingFacts(f, sql`x.record_id`)})`;
  const keyed: Array<[NarrowingKey, Narrowing]> = [];
  if (f.country.length) keyed.push(['country', link('record_participant', 'actor_id', f.country)]);
  if (f.actor.length) keyed.push(['actor', link('record_participant', 'actor_id', f.actor)]);
  if (f.objective.length)
    keyed.push([
      'objective',
      link(
        'record_commitment',
        'commitment_id',
        f.objective.map((n) => `gcm-${n}`),
      ),
    ]);
  if (f.topic.length) keyed.push(['topic', link('record_topic', 'topic_id', f.topic)]);
  if (f.bloc.length) keyed.push(['bloc', bloc(f.bloc)]);
  const words = f.q ? queryWords(f.q) : [];
  if (words.length) keyed.push(['q', text(words)]);
  // Starting from the narrowing with the fewest records and probing the others is several times
  // faster than starting from a common one (the busiest state is in half the records). Stable: ties
  // and unknown sizes keep the order above.
  const size = (k: NarrowingKey) => opts.sizes?.[k] ?? Number.POSITIVE_INFINITY;
  const narrowings = [...keyed].sort((a, b) => size(a[0]) - size(b[0])).map(([, n]) => n);

  const pg = currentEngine() === 'postgres';
  const parts: Sql[] = [LIVE];
  narrowings.forEach((n, i) => parts.push(pg ? n.set : opts.drive !== 'probe' && i === 0 ? n.set : n.probe));
  parts.push(...periodAndKinds(f, 'r'));
  return join(parts, ' AND ');
}
