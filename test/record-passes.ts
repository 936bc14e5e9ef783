// A database handle that counts the statements reading a filter's matching records: those with the
// set `f`, or on SQLite's facet index the one row of counts `tallies` (lib/server/queries/filtered-set.ts).
import type { DbTx } from '../lib/db/client';

export function countingRecordPasses(db: DbTx): { db: DbTx; passes: () => number; reset: () => void } {
  let passes = 0;
  const counting = new Proxy(db, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (key === '$queryRaw')
        return (query: { sql: string }, ...rest: unknown[]) => {
          if (/\b(f|tallies) AS MATERIALIZED\b/.test(query.sql)) passes += 1;
          return (value as (...a: unknown[]) => unknown).call(target, query, ...rest);
        };
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as DbTx;
  return { db: counting, passes: () => passes, reset: () => void (passes = 0) };
}
