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

/**
 * SQLite: a facts row's id is its record's last day (`factsDay`) times FACTS_DAY_IDS plus its place among
 * that day's rows, so the ids, and with them the index's rowids, follow the records' end dates. A
 * filter's start (`date_end >= from`) is then also a lower bound on the rowid, from which FTS5 reads the
 * posting lists instead of from their beginning, and the matching facts rows are read in date order
 * (decision 0013). The table's CHECK keeps every row within its day's ids (migration
 * 20261209000000_facts_in_date_order): a row that does not is refused, not left where a bound would miss it.
 */
export const FACTS_DAY_IDS = 2 ** 24;

/**
 * The day number of a YYYY-MM-DD date: 31 days to every month, so it orders as the dates do (numbers
 * between months are unused). Up to the year 9999 times FACTS_DAY_IDS stays below 2^53.
 */
export function factsDay(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return (Number(m[1]) * 12 + Number(m[2]) - 1) * 31 + Number(m[3]) - 1;
}

/** factsDay in SQL, of a YYYY-MM-DD column (the migration's CHECK writes out the same expression). */
export const factsDaySql = (column: string) =>
  raw(
    `((CAST(substr(${column}, 1, 4) AS INTEGER) * 12 + CAST(substr(${column}, 6, 2) AS INTEGER) - 1) * 31 + CAST(substr(${column}, 9, 2) AS INTEGER) - 1)`,
  );

/** The lowest facts id (SQLite) a record that ends on or after `date` can have. */
export const factsIdFloor = (date: string): bigint => BigInt(factsDay(date)) * BigInt(FACTS_DAY_IDS);

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
  // Each row's id: its day's first id, after the ids that day already has, in the order of the
  // records' ids (SQLite runs the SELECT to completion before inserting, so MAX sees the table as it was).
  const day = factsDaySql('r.date_end');
  const ids = raw(String(FACTS_DAY_IDS));
  const first = sql`${day} * ${ids}`;
  await tx.$executeRaw(
    sql`INSERT INTO record_facts (id, record_id, kind, date_start, date_end, ${FACTS_COLUMNS})
        SELECT ${first} + COALESCE((SELECT MAX(y.id) + 1 FROM record_facts y
                                    WHERE y.id >= ${first} AND y.id < ${first} + ${ids}) - ${first}, 0)
                 + ROW_NUMBER() OVER (PARTITION BY r.date_end ORDER BY r.id) - 1,
          r.id, r.kind, r.date_start, r.date_end, ${join(arrays)}
        FROM cooperation_record r WHERE r.deleted_at IS NULL AND ${scope}`,
  );
  // In rowid order: FTS5 writes its pending postings out as a new segment whenever a rowid is lower
  // than the one before (in record order, the whole index took three times as long).
  await tx.$executeRaw(
    sql`INSERT INTO record_facet_fts (rowid, search_text, facets)
        SELECT x.id, r.search_text, ${join(tokens, " || ' ' || ")}
        FROM cooperation_record r JOIN record_facts x ON x.record_id = r.id
        WHERE r.deleted_at IS NULL AND ${scope}
        ORDER BY x.id`,
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
