// Record facts and the facet index (docs/decisions/0013-facet-index.md): one narrow row per live
// record in `record_facts` (kind, dates, and its participants, topics and commitments) and an index of
// its search words and of one token per participant, topic and commitment. A filter that combines
// narrowings is answered by intersecting posting lists in the index (lib/server/queries/filter-sql.ts)
// instead of probing every record of the smallest narrowing for the others.
// - SQLite: links as JSON arrays; the index is an FTS5 table, `record_facet_fts`, whose rows are the
//   facts rows' ids (tokens: a letter and the id's UTF-8 bytes in hex).
// - PostgreSQL: links as text arrays; the index is GIN on a `facets` array ('a:VNM', 't:health',
//   'c:gcm-23') and on a `words` tsvector (the same words as the records' text index).
//
// Kept exact with the rollups: every write path calls removeRecords(ids) before it changes records and
// addRecords(ids) after (lib/db/rollups.ts), which call removeFacts and addFacts here; a record deleted
// for good loses its facts too (a trigger on SQLite, a foreign key on PostgreSQL). A migration that
// rewrites records' search text or links outside that path must refresh the facts of those records.
import { Prisma } from '../../generated/sqlite/client';
import { databaseUrl, engineOf } from '../../prisma/adapter';
import type { DbTx } from './client';

const { sql, raw, join } = Prisma;
type Sql = Prisma.Sql;

const onSqlite = () => engineOf(databaseUrl()) === 'sqlite';

/**
 * PostgreSQL: the words of a search text, punctuation read as spaces (so that A/RES/73/195 is four
 * words, as in SQLite's FTS5, not one file path). The records' text index (migration
 * 20261202000000_search_words) and the facts' `words` are this expression.
 */
export const pgSearchWords = (text: Sql) =>
  sql`to_tsvector('simple', regexp_replace(${text}, '[[:punct:]]+', ' ', 'g'))`;

/** PostgreSQL: the facet of a participant, topic or commitment in `record_facts.facets`. */
export const pgFacet = (kind: FacetKind, id: string) => `${PREFIX[kind]}:${id}`;

export type FacetKind = 'actor' | 'topic' | 'commitment';
const PREFIX: Record<FacetKind, string> = { actor: 'a', topic: 't', commitment: 'c' };

/**
 * The index token of a participant, topic or commitment: a letter and the id's UTF-8 bytes in hex, so
 * that any id is one token of letters and digits (SQL's hex() writes the same bytes, in capitals; the
 * index folds case).
 */
export function facetToken(kind: FacetKind, id: string): string {
  return PREFIX[kind] + Buffer.from(id, 'utf8').toString('hex');
}

/** The links a facts row carries: where each comes from, and its column in `record_facts`. */
const LINKS = [
  { kind: 'actor', table: 'record_participant', column: 'actor_id', facts: 'actors' },
  { kind: 'topic', table: 'record_topic', column: 'topic_id', facts: 'topics' },
  { kind: 'commitment', table: 'record_commitment', column: 'commitment_id', facts: 'commitments' },
] as const;

/** A column of `record_facts` that lists one kind of link of its record. */
export type FactsLink = (typeof LINKS)[number]['facts'];

/** `SELECT <value> FROM <link table> l WHERE l.record_id = r.id`, for each link of record `r`. */
const ofRecord = (l: (typeof LINKS)[number], value: Sql) =>
  sql`SELECT ${value} FROM ${raw(l.table)} l WHERE l.record_id = r.id`;
const linkColumn = (l: (typeof LINKS)[number]) => raw(`l.${l.column}`);
const FACTS_COLUMNS = raw(LINKS.map((l) => l.facts).join(', '));

/** Adds the facts of the live records among `scope` (a condition on `cooperation_record r`). */
async function insertFacts(tx: DbTx, scope: Sql): Promise<void> {
  if (!onSqlite()) {
    // Text arrays, the facets ('a:VNM', …) as one more array, and the words.
    const arrays = LINKS.map((l) => sql`ARRAY(${ofRecord(l, linkColumn(l))})`);
    const facets = join(
      LINKS.map((l) => ofRecord(l, sql`${`${PREFIX[l.kind]}:`} || ${linkColumn(l)}`)),
      ' UNION ALL ',
    );
    await tx.$executeRaw(
      sql`INSERT INTO record_facts (record_id, kind, date_start, date_end, ${FACTS_COLUMNS}, facets, words)
          SELECT r.id, r.kind, r.date_start, r.date_end, ${join(arrays)}, ARRAY(${facets}), ${pgSearchWords(sql`r.search_text`)}
          FROM cooperation_record r WHERE r.deleted_at IS NULL AND ${scope}`,
    );
    return;
  }
  // JSON arrays; the index gets the search text and one token per link (see facetToken).
  const arrays = LINKS.map((l) => sql`(${ofRecord(l, sql`json_group_array(${linkColumn(l)})`)})`);
  const tokens = LINKS.map(
    (l) =>
      sql`COALESCE((${ofRecord(l, sql`group_concat(${PREFIX[l.kind]} || hex(${linkColumn(l)}), ' ')`)}), '')`,
  );
  await tx.$executeRaw(
    sql`INSERT INTO record_facts (record_id, kind, date_start, date_end, ${FACTS_COLUMNS})
        SELECT r.id, r.kind, r.date_start, r.date_end, ${join(arrays)}
        FROM cooperation_record r WHERE r.deleted_at IS NULL AND ${scope}`,
  );
  await tx.$executeRaw(
    sql`INSERT INTO record_facet_fts (rowid, search_text, facets)
        SELECT x.id, r.search_text, ${join(tokens, " || ' ' || ")}
        FROM cooperation_record r JOIN record_facts x ON x.record_id = r.id
        WHERE r.deleted_at IS NULL AND ${scope}`,
  );
}

/** Takes out the facts of the given records (live or not). */
export async function removeFacts(tx: DbTx, ids: Sql): Promise<void> {
  if (onSqlite())
    await tx.$executeRaw(
      sql`DELETE FROM record_facet_fts WHERE rowid IN (SELECT x.id FROM record_facts x WHERE x.record_id IN (${ids}))`,
    );
  await tx.$executeRaw(sql`DELETE FROM record_facts WHERE record_id IN (${ids})`);
}

/** Adds the facts of the given records that are live (after removeFacts of the same ids). */
export async function addFacts(tx: DbTx, ids: Sql): Promise<void> {
  await insertFacts(tx, sql`r.id IN (${ids})`);
}

/** Recounts all facts from the records (bulk loads, repairs). */
export async function rebuildFacts(tx: DbTx): Promise<void> {
  if (onSqlite())
    await tx.$executeRaw(sql`INSERT INTO record_facet_fts (record_facet_fts) VALUES ('delete-all')`);
  await tx.$executeRaw(sql`DELETE FROM record_facts`);
  await insertFacts(tx, sql`1 = 1`);
}
