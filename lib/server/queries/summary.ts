// What a selection holds, counted by the database: from the rollups where the filter allows, from
// the filtered records otherwise.
import type { SummaryResponse } from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import type { DbTx } from '../../db/client';
import { num, raw, sql, type Sql } from '../sql';
import { narrowingSizes } from './filter-plan';
import { filterCondition, filteredIds } from './filter-sql';
import { allTime, periodCondition, planRollup, type RollupPlan } from './rollup-plan';

type Counts = { states: unknown; orgs: unknown };

function actorCounts(plan: RollupPlan | null, ids: Sql): Sql {
  if (plan?.table === 'agg_period') {
    const table = plan.yearAligned ? 'agg_actor_year' : 'agg_actor_period';
    return sql`SELECT COUNT(CASE WHEN a.kind = 'state' THEN 1 END) AS states, COUNT(CASE WHEN a.kind <> 'state' THEN 1 END) AS orgs
      FROM (SELECT g.actor_id FROM ${raw(table)} g WHERE ${periodCondition(plan, { yearOnly: plan.yearAligned })}
            GROUP BY g.actor_id HAVING SUM(g.n) > 0) x JOIN actor a ON a.id = x.actor_id`;
  }
  if (plan?.actor && allTime(plan)) {
    const x = plan.actor;
    return sql`SELECT COUNT(CASE WHEN a.kind = 'state' THEN 1 END) AS states, COUNT(CASE WHEN a.kind <> 'state' THEN 1 END) AS orgs
      FROM (SELECT b AS id FROM agg_pair WHERE a = ${x} AND n > 0 UNION SELECT a FROM agg_pair WHERE b = ${x} AND n > 0
            UNION SELECT actor_id FROM agg_actor_year WHERE actor_id = ${x} AND n > 0) o JOIN actor a ON a.id = o.id`;
  }
  if (plan?.actorTable && allTime(plan)) {
    // One topic or one GCM objective over all periods and kinds: who took part is pre-counted.
    return sql`SELECT COUNT(CASE WHEN a.kind = 'state' THEN 1 END) AS states, COUNT(CASE WHEN a.kind <> 'state' THEN 1 END) AS orgs
      FROM ${raw(plan.actorTable)} g JOIN actor a ON a.id = g.actor_id WHERE ${plan.key} AND g.n > 0`;
  }
  return sql`SELECT COUNT(DISTINCT CASE WHEN a.kind = 'state' THEN a.id END) AS states,
                    COUNT(DISTINCT CASE WHEN a.kind <> 'state' THEN a.id END) AS orgs
             FROM record_participant p JOIN actor a ON a.id = p.actor_id WHERE p.record_id IN (${ids})`;
}

/**
 * First and last dates of the selection. A dense one (1 record in 50 or more) walks the date index
 * from each end to the first match; a sparse one reads its own records (walking the index would pass
 * over most of the table before the first match).
 */
async function firstAndLast(db: DbTx, filter: RecordFilter, records: number) {
  const [all] = await db.$queryRaw<Array<{ n: unknown }>>(sql`SELECT SUM(n) AS n FROM agg_period`);
  if (records * 50 >= num(all?.n))
    return db.$queryRaw<Array<{ lo: string | null; hi: string | null }>>(
      sql`SELECT (SELECT r.date_start FROM cooperation_record r WHERE ${filterCondition(filter, { drive: 'probe' })} ORDER BY r.date_start ASC LIMIT 1) AS lo,
                 (SELECT r.date_start FROM cooperation_record r WHERE ${filterCondition(filter, { drive: 'probe' })} ORDER BY r.date_start DESC LIMIT 1) AS hi`,
    );
  return db.$queryRaw<Array<{ lo: string | null; hi: string | null }>>(
    sql`SELECT MIN(r.date_start) AS lo, MAX(r.date_start) AS hi FROM cooperation_record r WHERE ${filterCondition(filter, { sizes: await narrowingSizes(db, filter) })}`,
  );
}

type Row = { k: string; id: string | null; n: unknown; lo: string | null; hi: string | null };

const most = <T extends { count: number }>(rows: T[], key: (r: T) => string | number) =>
  rows.sort((a, b) => b.count - a.count || (key(a) < key(b) ? -1 : 1));

/** Everything from the filtered records in one pass: the set is computed once (MATERIALIZED), and
 * CROSS JOIN keeps SQLite starting from it rather than from the link tables. */
async function fromRecords(db: DbTx, filter: RecordFilter): Promise<SummaryResponse> {
  const rows = await db.$queryRaw<Row[]>(
    sql`WITH f AS MATERIALIZED (SELECT r.id, r.date_start FROM cooperation_record r WHERE ${filterCondition(filter, { sizes: await narrowingSizes(db, filter) })}),
        fa AS (SELECT DISTINCT a.id, a.kind FROM f CROSS JOIN record_participant p CROSS JOIN actor a WHERE p.record_id = f.id AND a.id = p.actor_id)
      SELECT 'n' AS k, NULL AS id, COUNT(*) AS n, MIN(f.date_start) AS lo, MAX(f.date_start) AS hi FROM f
      UNION ALL SELECT 'states', NULL, COUNT(*), NULL, NULL FROM fa WHERE fa.kind = 'state'
      UNION ALL SELECT 'orgs', NULL, COUNT(*), NULL, NULL FROM fa WHERE fa.kind <> 'state'
      UNION ALL SELECT 'topic', t.topic_id, COUNT(*), NULL, NULL FROM f CROSS JOIN record_topic t WHERE t.record_id = f.id GROUP BY t.topic_id
      UNION ALL SELECT 'objective', CAST(m.number AS TEXT), COUNT(*), NULL, NULL
        FROM f CROSS JOIN record_commitment c CROSS JOIN commitment m
        WHERE c.record_id = f.id AND m.id = c.commitment_id AND m.framework_id = 'gcm' GROUP BY m.number`,
  );
  const one = (k: string) => rows.find((r) => r.k === k);
  const byObjective = rows
    .filter((r) => r.k === 'objective')
    .map((r) => ({ number: Number(r.id), count: num(r.n) }));
  return {
    records: num(one('n')?.n),
    states: num(one('states')?.n),
    organisations: num(one('orgs')?.n),
    objectives: byObjective.length,
    from: one('n')?.lo ?? null,
    to: one('n')?.hi ?? null,
    byTopic: most(
      rows.filter((r) => r.k === 'topic').map((r) => ({ id: r.id!, count: num(r.n) })),
      (r) => r.id,
    ),
    byObjective: most(byObjective, (r) => r.number),
  };
}

export async function summary(db: DbTx, filter: RecordFilter): Promise<SummaryResponse> {
  const ids = filteredIds(filter);
  const plan = await planRollup(db, filter);
  // One actor with one topic or objective: the number is pre-counted, but who took part and the
  // breakdowns are not, and one pass over the records gives them all at once.
  if (!plan || plan.table === 'agg_actor_topic_period' || plan.table === 'agg_actor_commitment_period')
    return fromRecords(db, filter);
  const whole = plan?.table === 'agg_period' ? plan : null;
  // One actor over all periods and kinds: its topics and objectives are pre-counted too.
  const actorOnly = plan.actor && allTime(plan) ? plan.actor : null;
  const [count, actors, byTopic, byObjective] = await Promise.all([
    db.$queryRaw<Array<{ n: unknown }>>(
      plan
        ? sql`SELECT SUM(g.n) AS n FROM ${raw(plan.table)} g WHERE ${plan.key} AND ${periodCondition(plan)}`
        : sql`SELECT COUNT(*) AS n FROM cooperation_record r WHERE ${filterCondition(filter)}`,
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
  const records = num(count[0]?.n);
  const span = records ? await firstAndLast(db, filter, records) : [{ lo: null, hi: null }];
  const objectives = byObjective.map((r) => ({ number: num(r.num), count: num(r.n) }));
  return {
    records,
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
