// When a filter can be answered from the rollups (lib/db/rollups.ts), and how. A filter qualifies
// when it narrows by at most one actor, topic or GCM objective (one value) or by one actor with one
// topic or one objective, plus any record kinds and a period given to the year or the month, with no
// text, no bloc. Everything else reads the records.
//
// Periods: rollup rows are keyed by the start month of each record (0 = dated to the year only). A
// record matches a period when the days it may cover overlap it (see filter-sql.ts); rows whose start
// month lies in the period give exactly that, year-only rows count for every year they overlap, and
// the only records a start month could misplace — those running into a later month — are checked
// first: if one of them straddles the period's start, the plan is refused and the records are read.
import { parsePartialDate } from '../../domain/dates';
import type { RecordFilter } from '../../domain/filter';
import type { DbTx } from '../../db/client';
import { join, num, sql, type Sql } from '../sql';

export interface RollupPlan {
  /** The per-period table for this scope, with its key condition on alias g. */
  table:
    | 'agg_period'
    | 'agg_actor_period'
    | 'agg_topic_period'
    | 'agg_commitment_period'
    | 'agg_actor_topic_period'
    | 'agg_actor_commitment_period';
  key: Sql;
  /** Set when the scope is one actor (country or organisation) alone. */
  actor: string | null;
  /**
   * For one topic or one GCM objective: the table of its records per actor over all time, keyed by the
   * same condition (`key`), usable when the plan has no kinds and no period (allTime).
   */
  actorTable: 'agg_actor_topic' | 'agg_actor_commitment' | null;
  /** The scope's one topic (id) or one GCM objective (commitment id), alone or with an actor. */
  topic: string | null;
  commitment: string | null;
  kinds: string[];
  from: { year: number; month: number } | null;
  to: { year: number; month: number } | null;
  /** The period starts and ends on year boundaries (year-level rollups can be used). */
  yearAligned: boolean;
}

let enabled = true;

/** Tests and the benchmark compare answers (and times) with and without the rollups. */
export function setRollupsEnabled(on: boolean): void {
  enabled = on;
}

export function rollupsEnabled(): boolean {
  return enabled;
}

/**
 * Live records running into a later month that began before `day` and end on or after it: the ones a
 * period starting on `day` would misplace by their start month. `spans_months = TRUE`, not a bare
 * `spans_months`: SQLite uses the (spans_months, date_end) index only for an equality (the bare column
 * made it walk the date index: 0.47 s at 1M records for every filter with a start date).
 */
export function straddlingRecords(day: string): Sql {
  return sql`SELECT COUNT(*) AS n FROM cooperation_record r WHERE r.spans_months = TRUE AND r.date_end >= ${day} AND r.date_start < ${day} AND r.deleted_at IS NULL`;
}

/**
 * How the rollups answer `f`, or null. `usable` says whether the reader can use a plan of that shape
 * (the map, say, has no pre-counted partners for an actor with a topic); an unusable plan is refused
 * before the database is asked whether the period can be trusted.
 */
export async function planRollup(
  db: DbTx,
  f: RecordFilter,
  usable: (plan: RollupPlan) => boolean = () => true,
): Promise<RollupPlan | null> {
  const plan = rollupShape(f);
  if (!plan || !usable(plan)) return null;
  if (plan.from) {
    const [straddle] = await db.$queryRaw<Array<{ n: unknown }>>(
      straddlingRecords(parsePartialDate(f.from!)!.start),
    );
    if (num(straddle?.n) > 0) return null;
  }
  return plan;
}

/** The plan `f` would have if its period can be trusted (planRollup checks that). */
function rollupShape(f: RecordFilter): RollupPlan | null {
  if (!enabled || f.q || f.bloc.length) return null;
  const actors = [...f.country, ...f.actor];
  if (actors.length > 1 || f.topic.length > 1 || f.objective.length > 1) return null;
  // One actor may come with one topic or one objective, not both; a topic and an objective, never.
  if (f.topic.length && f.objective.length) return null;
  const from = f.from ? parsePartialDate(f.from)! : null;
  const to = f.to ? parsePartialDate(f.to)! : null;
  if (from?.precision === 'day' || to?.precision === 'day') return null;
  const topic = f.topic[0] ?? null;
  const commitment = f.objective.length ? `gcm-${f.objective[0]}` : null;
  const base = {
    topic,
    commitment,
    kinds: f.kind,
    from: from ? { year: from.year, month: from.month ?? 1 } : null,
    to: to ? { year: to.year, month: to.month ?? 12 } : null,
    yearAligned: (!from || from.precision === 'year') && (!to || to.precision === 'year'),
  };
  if (actors.length && topic)
    return {
      ...base,
      table: 'agg_actor_topic_period',
      key: sql`g.actor_id = ${actors[0]!} AND g.topic_id = ${topic}`,
      actor: null,
      actorTable: null,
    };
  if (actors.length && commitment)
    return {
      ...base,
      table: 'agg_actor_commitment_period',
      key: sql`g.actor_id = ${actors[0]!} AND g.commitment_id = ${commitment}`,
      actor: null,
      actorTable: null,
    };
  if (actors.length)
    return {
      ...base,
      table: 'agg_actor_period',
      key: sql`g.actor_id = ${actors[0]!}`,
      actor: actors[0]!,
      actorTable: null,
    };
  if (topic)
    return {
      ...base,
      table: 'agg_topic_period',
      key: sql`g.topic_id = ${topic}`,
      actor: null,
      actorTable: 'agg_actor_topic',
    };
  if (commitment)
    return {
      ...base,
      table: 'agg_commitment_period',
      key: sql`g.commitment_id = ${commitment}`,
      actor: null,
      actorTable: 'agg_actor_commitment',
    };
  return { ...base, table: 'agg_period', key: sql`1 = 1`, actor: null, actorTable: null };
}

/** No kinds and no period: the plan covers all of its scope's records. */
export function allTime(p: RollupPlan): boolean {
  return !p.kinds.length && !p.from && !p.to;
}

/**
 * Each actor's pre-counted records over the plan's period and kinds, as rows (actor_id, n) to sum by
 * actor (for the all-records plan, `agg_period`; the summary's who-took-part and the map's states):
 * - all time, any kind: `agg_actor`, one row per actor (summing its years and kinds read 63,000 rows at
 *   1M records, 13 ms);
 * - whole years: `agg_actor_year`;
 * - a period given to the month: the whole years inside it from `agg_actor_year`, the months of its
 *   first and last years from `agg_actor_period`, read by its (year, month) index. The same rows as
 *   `agg_actor_period` under periodCondition (a record dated to a year only counts in every period that
 *   includes some of that year), without reading all of that table: 386,000 rows at 1M records, 42–54 ms
 *   for a period of months, against about 20 ms this way.
 */
export function actorRows(p: RollupPlan): Sql {
  if (allTime(p)) return sql`SELECT g.actor_id AS actor_id, g.n AS n FROM agg_actor g WHERE g.n > 0`;
  if (p.yearAligned)
    return sql`SELECT g.actor_id AS actor_id, g.n AS n FROM agg_actor_year g WHERE ${periodCondition(p, { yearOnly: true })}`;
  if (p.from && p.to && p.from.year > p.to.year) return sql`SELECT NULL AS actor_id, 0 AS n WHERE 1 = 0`;
  const kinds = p.kinds.length ? sql`AND g.kind IN (${join(p.kinds)})` : sql``;
  const years: Sql[] = [];
  if (p.from) years.push(sql`g.year > ${p.from.year}`);
  if (p.to) years.push(sql`g.year < ${p.to.year}`);
  const parts = [
    sql`SELECT g.actor_id AS actor_id, g.n AS n FROM agg_actor_year g WHERE ${years.length ? join(years, ' AND ') : sql`1 = 1`} ${kinds}`,
  ];
  const months = (year: number, lo: number | null, hi: number | null) =>
    sql`SELECT g.actor_id AS actor_id, g.n AS n FROM agg_actor_period g WHERE g.year = ${year}
      ${lo !== null ? sql`AND (g.month = 0 OR g.month >= ${lo})` : sql``}
      ${hi !== null ? sql`AND (g.month = 0 OR g.month <= ${hi})` : sql``} ${kinds}`;
  const sameYear = p.from && p.to && p.from.year === p.to.year;
  if (p.from) parts.push(months(p.from.year, p.from.month, sameYear ? p.to!.month : null));
  if (p.to && !sameYear) parts.push(months(p.to.year, null, p.to.month));
  return join(parts, ' UNION ALL ');
}

/** Kind and period conditions on a rollup alias g with (year, month, kind) columns. */
export function periodCondition(p: RollupPlan, opts: { yearOnly?: boolean } = {}): Sql {
  const parts: Sql[] = [];
  if (p.kinds.length) parts.push(sql`g.kind IN (${join(p.kinds)})`);
  if (opts.yearOnly) {
    // Year-level tables (no month): only used when the period is year-aligned.
    if (p.from) parts.push(sql`g.year >= ${p.from.year}`);
    if (p.to) parts.push(sql`g.year <= ${p.to.year}`);
  } else {
    const ym = sql`(g.year * 100 + g.month)`;
    if (p.from)
      parts.push(
        sql`(CASE WHEN g.month = 0 THEN g.year >= ${p.from.year} ELSE ${ym} >= ${p.from.year * 100 + p.from.month} END)`,
      );
    if (p.to)
      parts.push(
        sql`(CASE WHEN g.month = 0 THEN g.year <= ${p.to.year} ELSE ${ym} <= ${p.to.year * 100 + p.to.month} END)`,
      );
  }
  return parts.length ? join(parts, ' AND ') : sql`1 = 1`;
}
