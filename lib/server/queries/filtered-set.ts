// The filtered records, for aggregates that must read them (the rollups cannot answer the filter): a
// materialised set `f` and sub-selects of its links. Two sources, the same rows:
// - a filter the facet index answers (narrowings combined, or one with kinds or a period): the index
//   finds the records and their facts rows carry their participants, topics and commitments, as JSON
//   arrays on SQLite and text arrays on PostgreSQL (lib/db/facts.ts; decision 0013);
// - otherwise: the filter's SQL over the records, and the link tables joined through their
//   (record_id, …) primary keys.
// CROSS JOIN keeps SQLite starting from the set rather than from the link tables; PostgreSQL plans it
// freely.
import type { RecordFilter } from '../../domain/filter';
import type { DbTx } from '../../db/client';
import type { FactsLink } from '../../db/facts';
import { currentEngine, raw, sql, type Sql } from '../sql';
import { narrowingSizes } from './filter-plan';
import { filterCondition, matchingFacts, usesFacets } from './filter-sql';

export interface FilteredSet {
  /** `f AS MATERIALIZED (…)`: the records, with f.id and f.date_start (for a WITH clause). */
  cte: Sql;
  /** Rows (record_id, actor_id): the participants of f. */
  participants: Sql;
  /** Rows (record_id, topic_id). */
  topics: Sql;
  /** Rows (record_id, commitment_id). */
  commitments: Sql;
  /** Rows (record_id, a, b) with a < b: the pairs of participants of each record of f. */
  pairs: Sql;
  /** Rows (actor_id): everyone in a record of f with any of `ids` (themselves included). */
  partnersOf(ids: Sql): Sql;
}

/** Which links a reader of the set uses (from the facts rows, only those are carried into `f`). */
export type SetLink = FactsLink;

export async function filteredSet(
  db: DbTx,
  filter: RecordFilter,
  links: readonly SetLink[] = ['actors', 'topics', 'commitments'],
): Promise<FilteredSet> {
  if (usesFacets(filter)) {
    // The links of each record: a JSON array on SQLite, a text array on PostgreSQL.
    const elements = (column: string, as: string) =>
      raw(
        currentEngine() === 'sqlite'
          ? `json_each(f.${column}) ${as}`
          : `LATERAL unnest(f.${column}) AS ${as}(value)`,
      );
    const each = (column: string, as: string) =>
      sql`SELECT f.id AS record_id, j.value AS ${raw(as)} FROM f CROSS JOIN ${elements(column, 'j')}`;
    return {
      cte: sql`f AS MATERIALIZED (${matchingFacts(
        filter,
        raw(
          ['x.record_id AS id', 'x.date_start AS date_start', ...links.map((l) => `x.${l} AS ${l}`)].join(
            ', ',
          ),
        ),
      )})`,
      participants: each('actors', 'actor_id'),
      topics: each('topics', 'topic_id'),
      commitments: each('commitments', 'commitment_id'),
      pairs: sql`SELECT f.id AS record_id, x.value AS a, y.value AS b
        FROM f CROSS JOIN ${elements('actors', 'x')} CROSS JOIN ${elements('actors', 'y')} WHERE x.value < y.value`,
      partnersOf: (ids) => sql`SELECT y.value AS actor_id
        FROM f CROSS JOIN ${elements('actors', 'x')} CROSS JOIN ${elements('actors', 'y')} WHERE x.value IN (${ids})`,
    };
  }
  const where = filterCondition(filter, { sizes: await narrowingSizes(db, filter) });
  const link = (table: string, column: string) =>
    raw(
      `SELECT f.id AS record_id, l.${column} AS ${column} FROM f CROSS JOIN ${table} l WHERE l.record_id = f.id`,
    );
  return {
    cte: sql`f AS MATERIALIZED (SELECT r.id, r.date_start FROM cooperation_record r WHERE ${where})`,
    participants: link('record_participant', 'actor_id'),
    topics: link('record_topic', 'topic_id'),
    commitments: link('record_commitment', 'commitment_id'),
    pairs: sql`SELECT f.id AS record_id, x.actor_id AS a, y.actor_id AS b
      FROM f CROSS JOIN record_participant x CROSS JOIN record_participant y
      WHERE x.record_id = f.id AND y.record_id = f.id AND x.actor_id < y.actor_id`,
    // From the actors' own records (their index), kept if filtered: f may be most of the records.
    partnersOf: (
      ids,
    ) => sql`SELECT b.actor_id FROM record_participant a JOIN record_participant b ON b.record_id = a.record_id
      WHERE a.actor_id IN (${ids}) AND a.record_id IN (SELECT id FROM f)`,
  };
}
