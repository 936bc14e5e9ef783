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

const { sql, raw } = Prisma;
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

const linkTokens = (prefix: string, table: string, column: string) =>
  sql`COALESCE((SELECT group_concat(${prefix} || hex(l.${raw(column)}), ' ') FROM ${raw(table)} l WHERE l.record_id = r.id), '')`;

/** The facets text of record `r`: its participants', topics' and commitments' tokens. */
const FACETS = sql`${linkTokens('a', 'record_participant', 'actor_id')} || ' ' || ${linkTokens('t', 'record_topic', 'topic_id')} || ' ' || ${linkTokens('c', 'record_commitment', 'commitment_id')}`;

const linkArray = (table: string, column: string) =>
  sql`(SELECT json_group_array(l.${raw(column)}) FROM ${raw(table)} l WHERE l.record_id = r.id)`;

const pgLink = (table: string, column: string, prefix = '') =>
  raw(`SELECT ${prefix ? `'${prefix}' || ` : ''}l.${column} FROM ${table} l WHERE l.record_id = r.id`);

/** Adds the facts of the live records among `scope` (a condition on `cooperation_record r`). */
async function insertFacts(tx: DbTx, scope: Sql): Promise<void> {
  if (!onSqlite()) {
    await tx.$executeRaw(
      sql`INSERT INTO record_facts (record_id, kind, date_start, date_end, actors, topics, commitments, facets, words)
          SELECT r.id, r.kind, r.date_start, r.date_end,
            ARRAY(${pgLink('record_participant', 'actor_id')}), ARRAY(${pgLink('record_topic', 'topic_id')}),
            ARRAY(${pgLink('record_commitment', 'commitment_id')}),
            ARRAY(${pgLink('record_participant', 'actor_id', 'a:')} UNION ALL ${pgLink('record_topic', 'topic_id', 't:')}
                  UNION ALL ${pgLink('record_commitment', 'commitment_id', 'c:')}),
            ${pgSearchWords(sql`r.search_text`)}
          FROM cooperation_record r WHERE r.deleted_at IS NULL AND ${scope}`,
    );
    return;
  }
  await tx.$executeRaw(
    sql`INSERT INTO record_facts (record_id, kind, date_start, date_end, actors, topics, commitments)
        SELECT r.id, r.kind, r.date_start, r.date_end, ${linkArray('record_participant', 'actor_id')},
          ${linkArray('record_topic', 'topic_id')}, ${linkArray('record_commitment', 'commitment_id')}
        FROM cooperation_record r WHERE r.deleted_at IS NULL AND ${scope}`,
  );
  await tx.$executeRaw(
    sql`INSERT INTO record_facet_fts (rowid, search_text, facets)
        SELECT x.id, r.search_text, ${FACETS}
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
