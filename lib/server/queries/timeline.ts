// Records over time, counted by the database per year or month and kind.
import type { TimelineBucket, TimelineResponse } from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import type { RecordKind } from '../../domain/vocab';
import type { DbTx } from '../../db/client';
import { num, sql } from '../sql';
import { filterCondition } from './filter-sql';

function pad2(n: number) {
  return String(n).padStart(2, '0');
}

function addTo(buckets: Map<string, TimelineBucket>, start: string, kind: string, n: number) {
  const b = buckets.get(start) ?? { start, count: 0, byKind: {} };
  b.count += n;
  b.byKind[kind as RecordKind] = (b.byKind[kind as RecordKind] ?? 0) + n;
  buckets.set(start, b);
}

export async function timeline(
  db: DbTx,
  filter: RecordFilter,
  interval: 'year' | 'month',
): Promise<TimelineResponse> {
  const where = filterCondition(filter);
  const buckets = new Map<string, TimelineBucket>();
  const yearOnly = new Map<string, TimelineBucket>();
  let total = 0;
  if (interval === 'year') {
    const rows = await db.$queryRaw<Array<{ y: unknown; k: string; n: unknown }>>(
      sql`SELECT r.year AS y, r.kind AS k, COUNT(*) AS n FROM cooperation_record r WHERE ${where} GROUP BY r.year, r.kind`,
    );
    for (const row of rows) {
      total += num(row.n);
      addTo(buckets, String(num(row.y)), row.k, num(row.n));
    }
  } else {
    const rows = await db.$queryRaw<Array<{ y: unknown; m: unknown; k: string; n: unknown }>>(
      sql`SELECT r.year AS y, r.month AS m, r.kind AS k, COUNT(*) AS n FROM cooperation_record r WHERE ${where} GROUP BY r.year, r.month, r.kind`,
    );
    for (const row of rows) {
      total += num(row.n);
      // A record dated only to a year cannot be put in a month: it is kept apart, never as January.
      if (row.m === null) addTo(yearOnly, String(num(row.y)), row.k, num(row.n));
      else addTo(buckets, `${num(row.y)}-${pad2(num(row.m))}`, row.k, num(row.n));
    }
  }
  const sorted = (m: Map<string, TimelineBucket>) =>
    [...m.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
  return { interval, total, buckets: sorted(buckets), yearOnly: sorted(yearOnly) };
}
