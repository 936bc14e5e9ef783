// What a selection holds, counted by the database: from the rollups where the filter allows, from
// the filtered records otherwise.
import type { SummaryResponse } from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import type { DbTx } from '../../db/client';
import { num, raw, sql, type Sql } from '../sql';
import { filterCondition, filteredIds } from './filter-sql';
import { periodCondition, planRollup, type RollupPlan } from './rollup-plan';

type Counts = { states: unknown; orgs: unknown };

function actorCounts(plan: RollupPlan | null, ids: Sql): Sql {
  if (plan?.table === 'agg_period') {
    const table = plan.yearAligned ? 'agg_actor_year' : 'agg_actor_period';
    return sql`SELECT COUNT(CASE WHEN a.kind = 'state' THEN 1 END) AS states, COUNT(CASE WHEN a.kind <> 'state' THEN 1 END) AS orgs
      FROM (SELECT g.actor_id FROM ${raw(table)} g WHERE ${periodCondition(plan, { yearOnly: plan.yearAligned })}
            GROUP BY g.actor_id HAVING SUM(g.n) > 0) x JOIN actor a ON a.id = x.actor_id`;
  }
  if (plan?.actor && !plan.kinds.length && !plan.from && !plan.to) {
    const x = plan.actor;
    return sql`SELECT COUNT(CASE WHEN a.kind = 'state' THEN 1 END) AS states, COUNT(CASE WHEN a.kind <> 'state' THEN 1 END) AS orgs
      FROM (SELECT b AS id FROM agg_pair WHERE a = ${x} AND n > 0 UNION SELECT a FROM agg_pair WHERE b = ${x} AND n > 0
            UNION SELECT actor_id FROM agg_actor_year WHERE actor_id = ${x} AND n > 0) o JOIN actor a ON a.id = o.id`;
  }
  return sql`SELECT COUNT(DISTINCT CASE WHEN a.kind = 'state' THEN a.id END) AS states,
                    COUNT(DISTINCT CASE WHEN a.kind <> 'state' THEN a.id END) AS orgs
             FROM record_participant p JOIN actor a ON a.id = p.actor_id WHERE p.record_id IN (${ids})`;
}

export async function summary(db: DbTx, filter: RecordFilter): Promise<SummaryResponse> {
  const ids = filteredIds(filter);
  const plan = await planRollup(db, filter);
  const whole = plan?.table === 'agg_period' ? plan : null;
  // One actor over all periods and kinds: its topics and objectives are pre-counted too.
  const actorOnly = plan?.actor && !plan.kinds.length && !plan.from && !plan.to ? plan.actor : null;
  const [count, span, actors, byTopic, byObjective] = await Promise.all([
    db.$queryRaw<Array<{ n: unknown }>>(
      plan
        ? sql`SELECT SUM(g.n) AS n FROM ${raw(plan.table)} g WHERE ${plan.key} AND ${periodCondition(plan)}`
        : sql`SELECT COUNT(*) AS n FROM cooperation_record r WHERE ${filterCondition(filter)}`,
    ),
    // First and last dates, each by walking the date index from one end to the first matching record
    // (one MIN and MAX query together would scan every record on SQLite).
    db.$queryRaw<Array<{ lo: string | null; hi: string | null }>>(
      sql`SELECT (SELECT r.date_start FROM cooperation_record r WHERE ${filterCondition(filter)} ORDER BY r.date_start ASC LIMIT 1) AS lo,
                 (SELECT r.date_start FROM cooperation_record r WHERE ${filterCondition(filter)} ORDER BY r.date_start DESC LIMIT 1) AS hi`,
    ),
    db.$queryRaw<Counts[]>(actorCounts(plan, ids)),
    db.$queryRaw<Array<{ id: string; n: unknown }>>(
      whole
        ? sql`SELECT g.topic_id AS id, SUM(g.n) AS n FROM agg_topic_period g WHERE ${periodCondition(whole)} GROUP BY g.topic_id HAVING SUM(g.n) > 0`
        : actorOnly
          ? sql`SELECT g.topic_id AS id, g.n AS n FROM agg_actor_topic g WHERE g.actor_id = ${actorOnly} AND g.n > 0`
          : sql`SELECT t.topic_id AS id, COUNT(*) AS n FROM record_topic t WHERE t.record_id IN (${ids}) GROUP BY t.topic_id`,
    ),
    db.$queryRaw<Array<{ n: unknown; num: unknown }>>(
      whole
        ? sql`SELECT m.number AS num, SUM(g.n) AS n FROM agg_commitment_period g JOIN commitment m ON m.id = g.commitment_id
              WHERE m.framework_id = 'gcm' AND ${periodCondition(whole)} GROUP BY m.number HAVING SUM(g.n) > 0`
        : actorOnly
          ? sql`SELECT m.number AS num, g.n AS n FROM agg_actor_commitment g JOIN commitment m ON m.id = g.commitment_id
                WHERE m.framework_id = 'gcm' AND g.actor_id = ${actorOnly} AND g.n > 0`
          : sql`SELECT m.number AS num, COUNT(*) AS n FROM record_commitment c JOIN commitment m ON m.id = c.commitment_id
                WHERE m.framework_id = 'gcm' AND c.record_id IN (${ids}) GROUP BY m.number`,
    ),
  ]);
  const most = <T extends { count: number }>(rows: T[], key: (r: T) => string | number) =>
    rows.sort((a, b) => b.count - a.count || (key(a) < key(b) ? -1 : 1));
  const objectives = byObjective.map((r) => ({ number: num(r.num), count: num(r.n) }));
  return {
    records: num(count[0]?.n),
    states: num(actors[0]?.states),
    organisations: num(actors[0]?.orgs),
    objectives: objectives.length,
    from: span[0]?.lo ?? null,
    to: span[0]?.hi ?? null,
    byTopic: most(
      byTopic.map((r) => ({ id: r.id, count: num(r.n) })),
      (r) => r.id,
    ),
    byObjective: most(objectives, (r) => r.number),
  };
}
