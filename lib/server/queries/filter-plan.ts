// Which narrowing of a filter should drive its query: the rollups (lib/db/rollups.ts) know how many
// records each actor, topic and GCM objective has, and the text index how many match the words, so one
// tiny query tells the smallest. Only SQLite
// needs telling (its join order follows the query); PostgreSQL's planner has its own statistics.
import type { DbTx } from '../../db/client';
import type { RecordFilter } from '../../domain/filter';
import { currentEngine, join, num, raw, sql, type Sql } from '../sql';
import { ftsMatch, queryWords, usesFacets, type NarrowingKey, type NarrowingSizes } from './filter-sql';
import { rollupsEnabled } from './rollup-plan';

/** Text matches are counted up to this many when sizing the narrowings. */
const TEXT_SIZE_BOUND = 200_000;

/** Estimated records per narrowing, or undefined when there is nothing to choose between. */
export async function narrowingSizes(db: DbTx, f: RecordFilter): Promise<NarrowingSizes | undefined> {
  // The facet index intersects the narrowings itself (filter-sql.ts): no order to choose.
  if (currentEngine() === 'postgres' || !rollupsEnabled() || usesFacets(f)) return undefined;
  const known: Sql[] = [];
  const total = (k: NarrowingKey, table: string, column: string, ids: readonly string[]) =>
    sql`SELECT ${k} AS k, SUM(g.n) AS n FROM ${raw(table)} g WHERE g.${raw(column)} IN (${join(ids)})`;
  if (f.country.length) known.push(total('country', 'agg_actor', 'actor_id', f.country));
  if (f.actor.length) known.push(total('actor', 'agg_actor', 'actor_id', f.actor));
  if (f.topic.length) known.push(total('topic', 'agg_topic_period', 'topic_id', f.topic));
  if (f.objective.length)
    known.push(
      total(
        'objective',
        'agg_commitment_period',
        'commitment_id',
        f.objective.map((n) => `gcm-${n}`),
      ),
    );
  // Text: the matching entries of the FTS index, counted up to a bound (a one-letter prefix can match
  // most records; past the bound it is certainly not the narrowing to start from).
  const words = f.q ? queryWords(f.q) : [];
  if (words.length)
    known.push(
      sql`SELECT 'q' AS k, COUNT(*) AS n FROM (SELECT 1 FROM record_fts WHERE record_fts MATCH ${ftsMatch(words)} LIMIT ${TEXT_SIZE_BOUND})`,
    );
  const narrowings = known.length + (f.bloc.length ? 1 : 0);
  if (narrowings < 2 || !known.length) return undefined;
  const rows = await db.$queryRaw<Array<{ k: NarrowingKey; n: unknown }>>(join(known, ' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.k, num(r.n)]));
}
