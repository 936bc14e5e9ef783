// Records over time, counted by the database per year or month, by kind and (on request) by topic.
import type { TimelineBucket, TimelineInterval, TimelineResponse, TimelineStack } from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import type { RecordKind } from '../../domain/vocab';
import type { DbTx } from '../../db/client';
import { empty, num, raw, sql, type Sql } from '../sql';
import { narrowingSizes } from './filter-plan';
import { filterCondition } from './filter-sql';
import { periodCondition, planRollup, type RollupPlan } from './rollup-plan';

/** `auto` uses months when the selection covers at most this many calendar months (four years). */
export const AUTO_MONTH_MAX_MONTHS = 48;

/** Key under which records without a topic are counted in `byTopic`. */
export const NO_TOPIC = 'none';

function pad2(n: number) {
  return String(n).padStart(2, '0');
}

type Buckets = Map<string, TimelineBucket>;

function bucketOf(buckets: Buckets, start: string): TimelineBucket {
  let b = buckets.get(start);
  if (!b) {
    b = { start, count: 0, byKind: {} };
    buckets.set(start, b);
  }
  return b;
}

/** Months or years for `auto`, from the first and last month covered (year * 12 + month - 1). */
function intervalFor(lo: number | null, hi: number | null): 'year' | 'month' {
  if (lo === null || hi === null) return 'year';
  return hi - lo + 1 <= AUTO_MONTH_MAX_MONTHS ? 'month' : 'year';
}

/** Months or years for `auto`: the span is read from the rollups, never by loading the records. */
async function rollupInterval(
  db: DbTx,
  interval: TimelineInterval,
  plan: RollupPlan,
): Promise<'year' | 'month'> {
  if (interval !== 'auto') return interval;
  // A year-only row (month 0) covers its whole year: it reaches back to January and on to December.
  const [row] = await db.$queryRaw<Array<{ lo: unknown; hi: unknown }>>(
    sql`SELECT MIN(g.year * 12 + (CASE WHEN g.month = 0 THEN 1 ELSE g.month END) - 1) AS lo,
               MAX(g.year * 12 + (CASE WHEN g.month = 0 THEN 12 ELSE g.month END) - 1) AS hi
        FROM ${raw(plan.table)} g WHERE ${plan.key} AND ${periodCondition(plan)} AND g.n > 0`,
  );
  return intervalFor(row?.lo == null ? null : num(row.lo), row?.hi == null ? null : num(row.hi));
}

type KindRow = { y: unknown; m?: unknown; k: string; n: unknown };

/**
 * The filtered records counted per (year, month, kind) in one pass over them; `auto` is then decided
 * from those rows (a second pass just for the span would cost as much again).
 */
async function recordKinds(
  db: DbTx,
  where: Sql,
  interval: TimelineInterval,
): Promise<{ used: 'year' | 'month'; rows: KindRow[] }> {
  const byMonth = await db.$queryRaw<Array<{ y: unknown; m: unknown; k: string; n: unknown }>>(
    // The filtered records first (MATERIALIZED), then grouped: otherwise SQLite may walk the whole
    // (year, month, kind) index and test every record against the filter.
    sql`WITH f AS MATERIALIZED (SELECT r.year, r.month, r.kind FROM cooperation_record r WHERE ${where})
        SELECT f.year AS y, f.month AS m, f.kind AS k, COUNT(*) AS n FROM f GROUP BY f.year, f.month, f.kind`,
  );
  let lo: number | null = null;
  let hi: number | null = null;
  for (const r of byMonth) {
    const y = num(r.y);
    const a = y * 12 + (r.m === null ? 1 : num(r.m)) - 1;
    const b = y * 12 + (r.m === null ? 12 : num(r.m)) - 1;
    lo = lo === null ? a : Math.min(lo, a);
    hi = hi === null ? b : Math.max(hi, b);
  }
  const used = interval === 'auto' ? intervalFor(lo, hi) : interval;
  // By year, a year's months and its year-only records are one bucket: the month is dropped.
  return { used, rows: used === 'month' ? byMonth : byMonth.map(({ y, k, n }) => ({ y, k, n })) };
}

export async function timeline(
  db: DbTx,
  filter: RecordFilter,
  interval: TimelineInterval = 'year',
  stack: TimelineStack = 'kind',
): Promise<TimelineResponse> {
  const where = filterCondition(filter, { sizes: await narrowingSizes(db, filter) });
  const plan = await planRollup(db, filter);
  const fromRecords = plan ? null : await recordKinds(db, where, interval);
  const used = plan ? await rollupInterval(db, interval, plan) : fromRecords!.used;
  const byMonth = used === 'month';
  const buckets: Buckets = new Map();
  const yearOnly: Buckets = new Map();
  // A record dated only to a year cannot be put in a month: it is kept apart, never as January.
  const target = (y: unknown, m: unknown) =>
    byMonth && m === null
      ? bucketOf(yearOnly, String(num(y)))
      : bucketOf(buckets, byMonth ? `${num(y)}-${pad2(num(m))}` : String(num(y)));
  const month = byMonth ? sql`, r.month` : empty;

  let total = 0;
  const kinds = plan
    ? await db.$queryRaw<KindRow[]>(
        // Rollup rows: month 0 stands for "dated to the year only" (null in the records).
        sql`SELECT g.year AS y${byMonth ? sql`, CASE WHEN g.month = 0 THEN NULL ELSE g.month END AS m` : empty}, g.kind AS k, SUM(g.n) AS n
            FROM ${raw(plan.table)} g WHERE ${plan.key} AND ${periodCondition(plan)}
            GROUP BY g.year${byMonth ? sql`, g.month` : empty}, g.kind HAVING SUM(g.n) > 0`,
      )
    : fromRecords!.rows;
  for (const row of kinds) {
    const n = num(row.n);
    const b = target(row.y, row.m ?? null);
    b.count += n;
    b.byKind[row.k as RecordKind] = (b.byKind[row.k as RecordKind] ?? 0) + n;
    total += n;
  }

  if (stack === 'topic') {
    // One row per (bucket, topic): a record with several topics counts under each; the LEFT JOIN
    // keeps records without a topic (topic_id NULL), reported as `none`.
    const topics = await db.$queryRaw<Array<{ y: unknown; m?: unknown; t: string | null; n: unknown }>>(
      sql`SELECT r.year AS y${byMonth ? sql`, r.month AS m` : empty}, rt.topic_id AS t, COUNT(*) AS n FROM cooperation_record r LEFT JOIN record_topic rt ON rt.record_id = r.id WHERE ${where} GROUP BY r.year${month}, rt.topic_id`,
    );
    for (const b of [...buckets.values(), ...yearOnly.values()]) b.byTopic = {};
    for (const row of topics) {
      const b = target(row.y, row.m ?? null);
      const key = row.t ?? NO_TOPIC;
      b.byTopic ??= {};
      b.byTopic[key] = (b.byTopic[key] ?? 0) + num(row.n);
    }
  }

  const sorted = (m: Buckets) => [...m.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
  return { interval: used, stack, total, buckets: sorted(buckets), yearOnly: sorted(yearOnly) };
}
