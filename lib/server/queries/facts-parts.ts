// How a facet-index pass is split between SQLite's read workers: into ranges of the facts rowid, which
// follows the records' end dates (lib/db/facts.ts), cut where the records of the filter's period and
// kinds fall into equal shares. FTS5 seeks a rowid range in every posting list, so each part reads
// only its share of the index (docs/decisions/0008-aggregates-and-performance.md, "A pass in parts").
//
// The shares are estimated from the records per start month and kind (agg_period), kept for a minute
// per client: the parts are disjoint and cover every rowid whatever the cuts, so a stale or rough
// estimate makes the parts unequal, never the answer wrong.
import { parsePartialDate } from '../../domain/dates';
import type { RecordFilter } from '../../domain/filter';
import { readParallelism, type DbTx } from '../../db/client';
import { factsIdFloor } from '../../db/facts';
import { sql } from '../sql';
import type { FactsPart } from './filter-sql';

/**
 * A pass is split into at most this many parts, one statement each, read at once by as many read
 * workers: a pass is one thread's work, and the machine has others.
 */
const MAX_PARTS = 4;

/** How long a client's records-per-month estimate is used before it is read again. */
const ESTIMATE_MS = 60_000;

/** Records per month and kind: `month` is year × 12 + month − 1 of the month their end date is in. */
export type MonthCounts = ReadonlyArray<{ month: number; kind: string; n: number }>;

const estimates = new WeakMap<object, { at: number; counts: Promise<MonthCounts> }>();

/**
 * The live records per month and kind, from the period rollup (start periods: a record dated by its
 * year alone ends in its December).
 */
async function monthCounts(db: DbTx): Promise<MonthCounts> {
  const hit = estimates.get(db);
  if (hit && Date.now() - hit.at < ESTIMATE_MS) return hit.counts;
  const entry = {
    at: Date.now(),
    counts: db
      .$queryRaw<Array<{ month: unknown; kind: string; n: unknown }>>(
        sql`SELECT g.year * 12 + (CASE WHEN g.month = 0 THEN 12 ELSE g.month END) - 1 AS month, g.kind AS kind,
          SUM(g.n) AS n FROM agg_period g WHERE g.n > 0 GROUP BY 1, g.kind`,
      )
      .then((rows) => rows.map((r) => ({ month: Number(r.month), kind: r.kind, n: Number(r.n) }))),
  };
  estimates.set(db, entry);
  entry.counts.catch(() => {
    if (estimates.get(db) === entry) estimates.delete(db);
  });
  return entry.counts;
}

/** The month index (year × 12 + month − 1) of a YYYY-MM-DD date. */
const monthOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** The lowest facts rowid of a record that ends after `month`: from the first day of the next. */
function rowidAfterMonth(month: number): bigint {
  const next = month + 1;
  return factsIdFloor(`${Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, '0')}-01`);
}

/**
 * Up to `of` rowid ranges that together cover every rowid, cut after the months where the records of
 * the filter's period and kinds reach 1/of, 2/of, … of their number. Fewer when cuts fall together;
 * none (one statement) when fewer than two parts remain.
 */
export function partsOf(counts: MonthCounts, filter: RecordFilter, of: number): FactsPart[] {
  const from = filter.from ? monthOf(parsePartialDate(filter.from)!.start) : -Infinity;
  const to = filter.to ? monthOf(parsePartialDate(filter.to)!.end) : Infinity;
  const kinds = filter.kind.length ? new Set<string>(filter.kind) : null;
  const byMonth = new Map<number, number>();
  for (const c of counts)
    if (c.month >= from && c.month <= to && (!kinds || kinds.has(c.kind)))
      byMonth.set(c.month, (byMonth.get(c.month) ?? 0) + c.n);
  const months = [...byMonth].sort((a, b) => a[0] - b[0]);
  const total = months.reduce((s, [, n]) => s + n, 0);
  const cuts: bigint[] = [];
  const last = months.at(-1)?.[0];
  let seen = 0;
  let k = 1;
  for (const [month, n] of months) {
    seen += n;
    // The last month's records all fall before the end: no cut after it.
    if (month === last) break;
    if (k < of && seen * of >= k * total) {
      cuts.push(rowidAfterMonth(month));
      while (k < of && seen * of >= k * total) k++;
    }
  }
  if (!cuts.length) return [];
  const edges: Array<bigint | null> = [null, ...cuts, null];
  return edges.slice(1).map((to, i) => ({ from: edges[i] ?? null, to }));
}

/** The parts a facet-index pass of this client is read in (none: one statement). */
export async function factsParts(db: DbTx, filter: RecordFilter): Promise<FactsPart[]> {
  const of = Math.min(MAX_PARTS, readParallelism(db));
  return of > 1 ? partsOf(await monthCounts(db), filter, of) : [];
}
