// Records per participating state, counted by the database: from the rollups when the filter allows
// (all records, one actor's partners, one topic's or objective's states), otherwise from the
// participants of the filtered records.
import type { MapResponse } from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import type { DbTx } from '../../db/client';
import { num, raw, sql, type Sql } from '../sql';
import { filteredSet } from './filtered-set';
import { mapOf, mostFirst, runningRecordCounts, type RecordCountsSource } from './record-counts';
import { actorRows, allTime, periodCondition, planRollup, type RollupPlan } from './rollup-plan';

type Row = { iso3: string; n: unknown };

/** States with their counts from the rollups, or null when this filter needs the records. */
function rollupCountries(plan: RollupPlan): Sql | null {
  if (plan.table === 'agg_period')
    return sql`SELECT g.actor_id AS iso3, SUM(g.n) AS n FROM (${actorRows(plan)}) g JOIN actor a ON a.id = g.actor_id
      WHERE a.kind = 'state' GROUP BY g.actor_id HAVING SUM(g.n) > 0`;
  if (plan.actor && allTime(plan)) {
    // One actor: its partner states are the pairs it belongs to; it counts itself too (if a state).
    const x = plan.actor;
    return sql`SELECT other AS iso3, n FROM (
        SELECT CASE WHEN p.a = ${x} THEN p.b ELSE p.a END AS other, p.n AS n FROM agg_pair p WHERE (p.a = ${x} OR p.b = ${x}) AND p.n > 0
        UNION ALL SELECT g.actor_id, SUM(g.n) FROM agg_actor_year g WHERE g.actor_id = ${x} GROUP BY g.actor_id HAVING SUM(g.n) > 0
      ) o JOIN actor a ON a.id = o.other WHERE a.kind = 'state'`;
  }
  if (plan.actor && plan.yearAligned) {
    // One actor over whole years or some kinds: its partners by year and kind are pre-counted.
    const x = plan.actor;
    const years = periodCondition(plan, { yearOnly: true });
    return sql`SELECT o.other AS iso3, SUM(o.n) AS n FROM (
        SELECT CASE WHEN g.a = ${x} THEN g.b ELSE g.a END AS other, g.n AS n FROM agg_pair_year g WHERE (g.a = ${x} OR g.b = ${x}) AND ${years}
        UNION ALL SELECT g.actor_id, g.n FROM agg_actor_year g WHERE g.actor_id = ${x} AND ${years}
      ) o JOIN actor a ON a.id = o.other WHERE a.kind = 'state' GROUP BY o.other HAVING SUM(o.n) > 0`;
  }
  if (plan.actorTable && allTime(plan)) {
    // One topic or one GCM objective over all periods and kinds: its states are pre-counted too.
    return sql`SELECT g.actor_id AS iso3, g.n AS n FROM ${raw(plan.actorTable)} g JOIN actor a ON a.id = g.actor_id
      WHERE a.kind = 'state' AND ${plan.key} AND g.n > 0`;
  }
  return null;
}

/**
 * `counts`: the request's shared pass over the records, when the page also shows the summary. The two
 * fall back to the records for the same filters (neither has pre-counted rows for an actor with a
 * topic or objective, nor for a topic or objective over a period or some kinds).
 */
export async function mapCounts(
  db: DbTx,
  filter: RecordFilter,
  counts?: RecordCountsSource,
): Promise<MapResponse> {
  const plan = await planRollup(db, filter, (p) => rollupCountries(p) !== null);
  const fromRollups = plan ? rollupCountries(plan) : null;
  // A pass for the summary of this filter running now (the dashboard asks for both at once) answers
  // the map too.
  const joined = fromRollups ? null : (counts ?? (await runningRecordCounts(db, filter)));
  if (joined) return mapOf(await joined());
  let rows: Row[];
  let total: number;
  if (plan && fromRollups) {
    const [states, totals] = await Promise.all([
      db.$queryRaw<Row[]>(fromRollups),
      db.$queryRaw<Array<{ n: unknown }>>(
        sql`SELECT SUM(g.n) AS n FROM ${raw(plan.table)} g WHERE ${plan.key} AND ${periodCondition(plan)}`,
      ),
    ]);
    rows = states;
    total = num(totals[0]?.n);
  } else {
    // The filtered records are found once: their states and their number come from the same set
    // (the row without a state carries the number).
    const set = await (await filteredSet(db, filter, ['actors'])).counting();
    const all = await db.$queryRaw<Array<{ iso3: string | null; n: unknown }>>(
      // Counted per participant first, then the few hundred actors are kept if states.
      sql`WITH ${set.cte},
          c AS (${set.counts('actors')})
          SELECT c.id AS iso3, c.n AS n FROM c JOIN actor a ON a.id = c.id WHERE a.kind = 'state'
          UNION ALL SELECT NULL, x.n FROM (${set.total}) x`,
    );
    rows = all.filter((r): r is Row => r.iso3 !== null);
    total = num(all.find((r) => r.iso3 === null)?.n);
  }
  const countries = mostFirst(
    rows.map((r) => ({ iso3: r.iso3, count: num(r.n) })),
    (r) => r.iso3,
  );
  return { total, countries };
}
