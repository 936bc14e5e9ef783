// What a selection holds, counted by the database: from the rollups where the filter allows, from
// the filtered records otherwise.
import type { SummaryResponse } from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import type { DbTx } from '../../db/client';
import { num, raw, sql, type Sql } from '../sql';
import { filterCondition } from './filter-sql';
import { mostFirst, recordCountsInFlight, summaryOf, type RecordCountsSource } from './record-counts';
import { actorRows, allTime, periodCondition, planRollup, type RollupPlan } from './rollup-plan';

/** The first day of month `m` (year * 12 + month - 1). */
const monthStart = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;

/** A rollup row's start month (year * 12 + month - 1): a record dated to a year only starts on 1 January. */
const START_MONTH = sql`g.year * 12 + (CASE WHEN g.month = 0 THEN 1 ELSE g.month END) - 1`;

/**
 * First and last dates of a selection the rollups cover, given its first and last pre-counted start
 * months: only the records of those two months are read. (Walking the date index from the oldest record
 * to the first match passed over every record before a filter's start year: 0.5 s for a state since
 * 2018 at 1M records.)
 */
function firstAndLastIn(db: DbTx, filter: RecordFilter, lo: number, hi: number) {
  const within = (m: number) =>
    sql`${filterCondition(filter, { drive: 'probe' })} AND r.date_start >= ${monthStart(m)} AND r.date_start < ${monthStart(m + 1)}`;
  // ORDER BY … LIMIT 1 rather than MIN/MAX: PostgreSQL then walks the date index and probes each
  // record (MIN let it hash every record of a busy state first: 40 ms a month at 1M records).
  return db.$queryRaw<Array<{ lo: string | null; hi: string | null }>>(
    sql`SELECT (SELECT r.date_start FROM cooperation_record r WHERE ${within(lo)} ORDER BY r.date_start ASC LIMIT 1) AS lo,
               (SELECT r.date_start FROM cooperation_record r WHERE ${within(hi)} ORDER BY r.date_start DESC LIMIT 1) AS hi`,
  );
}

const COUNT_KINDS = sql`COUNT(CASE WHEN a.kind = 'state' THEN 1 END) AS states, COUNT(CASE WHEN a.kind <> 'state' THEN 1 END) AS orgs`;

interface Precounted {
  /** states and orgs: who took part */
  actors: Sql;
  /** id, n per topic */
  topics: Sql;
  /** num, n per GCM objective */
  objectives: Sql;
}

/**
 * Who took part and the topics and GCM objectives of the selection, when the rollups hold all three:
 * all records (by period and kind), one actor (over whole years and any kinds), or one topic or one
 * objective over all periods and kinds. Otherwise null: the records are read, in one pass.
 */
function precounted(plan: RollupPlan): Precounted | null {
  if (plan.table === 'agg_period') {
    const actors = sql`SELECT ${COUNT_KINDS}
      FROM (SELECT g.actor_id FROM (${actorRows(plan)}) g GROUP BY g.actor_id HAVING SUM(g.n) > 0) x JOIN actor a ON a.id = x.actor_id`;
    // Every record: each topic's and objective's records are pre-counted over all time (its pair with
    // itself). Summing the per-period rows instead read 73,000 of them for the objectives at 1M records
    // (17 ms), 60,000 for the topics (6 ms).
    if (allTime(plan))
      return {
        actors,
        topics: sql`SELECT g.a AS id, g.n AS n FROM agg_topic_pair g WHERE g.a = g.b AND g.n > 0`,
        objectives: sql`SELECT m.number AS num, g.n AS n FROM commitment m JOIN agg_commitment_pair g ON g.a = m.id AND g.b = m.id
          WHERE m.framework_id = 'gcm' AND g.n > 0`,
      };
    return {
      actors,
      topics: sql`SELECT g.topic_id AS id, SUM(g.n) AS n FROM agg_topic_period g WHERE ${periodCondition(plan)} GROUP BY g.topic_id HAVING SUM(g.n) > 0`,
      objectives: sql`SELECT m.number AS num, SUM(g.n) AS n FROM agg_commitment_period g JOIN commitment m ON m.id = g.commitment_id
        WHERE m.framework_id = 'gcm' AND ${periodCondition(plan)} GROUP BY m.number HAVING SUM(g.n) > 0`,
    };
  }
  if (plan.actor && allTime(plan)) {
    const x = plan.actor;
    return {
      actors: sql`SELECT ${COUNT_KINDS}
        FROM (SELECT b AS id FROM agg_pair WHERE a = ${x} AND n > 0 UNION SELECT a FROM agg_pair WHERE b = ${x} AND n > 0
              UNION SELECT actor_id FROM agg_actor_year WHERE actor_id = ${x} AND n > 0) o JOIN actor a ON a.id = o.id`,
      topics: sql`SELECT g.topic_id AS id, g.n AS n FROM agg_actor_topic g WHERE g.actor_id = ${x} AND g.n > 0`,
      objectives: sql`SELECT m.number AS num, g.n AS n FROM agg_actor_commitment g JOIN commitment m ON m.id = g.commitment_id
        WHERE m.framework_id = 'gcm' AND g.actor_id = ${x} AND g.n > 0`,
    };
  }
  if (plan.actor && plan.yearAligned) {
    // One actor over whole years or some kinds: its partners by year and kind, its topics and
    // objectives by period and kind.
    const x = plan.actor;
    const years = periodCondition(plan, { yearOnly: true });
    return {
      actors: sql`SELECT ${COUNT_KINDS} FROM (
          SELECT p.id FROM (SELECT CASE WHEN g.a = ${x} THEN g.b ELSE g.a END AS id, g.n AS n FROM agg_pair_year g
                            WHERE (g.a = ${x} OR g.b = ${x}) AND ${years}) p GROUP BY p.id HAVING SUM(p.n) > 0
          UNION SELECT g.actor_id FROM agg_actor_year g WHERE g.actor_id = ${x} AND ${years} GROUP BY g.actor_id HAVING SUM(g.n) > 0
        ) o JOIN actor a ON a.id = o.id`,
      topics: sql`SELECT g.topic_id AS id, SUM(g.n) AS n FROM agg_actor_topic_period g
        WHERE g.actor_id = ${x} AND ${periodCondition(plan)} GROUP BY g.topic_id HAVING SUM(g.n) > 0`,
      objectives: sql`SELECT m.number AS num, SUM(g.n) AS n FROM agg_actor_commitment_period g JOIN commitment m ON m.id = g.commitment_id
        WHERE m.framework_id = 'gcm' AND g.actor_id = ${x} AND ${periodCondition(plan)} GROUP BY m.number HAVING SUM(g.n) > 0`,
    };
  }
  if (!allTime(plan) || !plan.actorTable) return null;
  // One topic or one GCM objective: its actors, and the topics and objectives its records share.
  const actors = sql`SELECT ${COUNT_KINDS} FROM ${raw(plan.actorTable)} g JOIN actor a ON a.id = g.actor_id WHERE ${plan.key} AND g.n > 0`;
  if (plan.topic) {
    const topic = plan.topic;
    return {
      actors,
      topics: sql`SELECT g.b AS id, g.n AS n FROM agg_topic_pair g WHERE g.a = ${topic} AND g.n > 0`,
      objectives: sql`SELECT m.number AS num, g.n AS n FROM agg_topic_commitment g JOIN commitment m ON m.id = g.commitment_id
        WHERE m.framework_id = 'gcm' AND g.topic_id = ${topic} AND g.n > 0`,
    };
  }
  const commitment = plan.commitment!;
  return {
    actors,
    topics: sql`SELECT g.topic_id AS id, g.n AS n FROM agg_topic_commitment g WHERE g.commitment_id = ${commitment} AND g.n > 0`,
    objectives: sql`SELECT m.number AS num, g.n AS n FROM agg_commitment_pair g JOIN commitment m ON m.id = g.b
      WHERE m.framework_id = 'gcm' AND g.a = ${commitment} AND g.n > 0`,
  };
}

/** `counts`: the request's shared pass over the records, when the page also shows the map. */
export async function summary(
  db: DbTx,
  filter: RecordFilter,
  counts?: RecordCountsSource,
): Promise<SummaryResponse> {
  const plan = await planRollup(db, filter, (p) => precounted(p) !== null);
  // Anything the rollups cannot answer whole (a period or kinds with an actor, topic or objective; an
  // actor with a topic or objective) is read from the records in one pass: reading them once for who
  // took part and again for the topics and the objectives took 1.6–3× as long at 1M records.
  const q = plan ? precounted(plan) : null;
  if (!plan || !q) return summaryOf(await (counts ? counts() : recordCountsInFlight(db, filter)));
  const [count, actors, byTopic, byObjective] = await Promise.all([
    // The number of records and their first and last start months, from the same rows.
    db.$queryRaw<Array<{ n: unknown; lo: unknown; hi: unknown }>>(
      sql`SELECT SUM(g.n) AS n, MIN(CASE WHEN g.n > 0 THEN ${START_MONTH} END) AS lo, MAX(CASE WHEN g.n > 0 THEN ${START_MONTH} END) AS hi
          FROM ${raw(plan.table)} g WHERE ${plan.key} AND ${periodCondition(plan)}`,
    ),
    db.$queryRaw<Array<{ states: unknown; orgs: unknown }>>(q.actors),
    db.$queryRaw<Array<{ id: string; n: unknown }>>(q.topics),
    db.$queryRaw<Array<{ n: unknown; num: unknown }>>(q.objectives),
  ]);
  const records = num(count[0]?.n);
  const { lo, hi } = count[0] ?? {};
  const span =
    records && lo != null && hi != null
      ? await firstAndLastIn(db, filter, num(lo), num(hi))
      : [{ lo: null, hi: null }];
  const objectives = byObjective.map((r) => ({ number: num(r.num), count: num(r.n) }));
  return {
    records,
    states: num(actors[0]?.states),
    organisations: num(actors[0]?.orgs),
    objectives: objectives.length,
    from: span[0]?.lo ?? null,
    to: span[0]?.hi ?? null,
    byTopic: mostFirst(
      byTopic.map((r) => ({ id: r.id, count: num(r.n) })),
      (r) => r.id,
    ),
    byObjective: mostFirst(objectives, (r) => r.number),
  };
}
