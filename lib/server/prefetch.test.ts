// A dashboard page's server side: what it asks the database for its first paint.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbTx } from '../db/client';
import { EMPTY_FILTER, type RecordFilter } from '../domain/filter';
import { testDb } from '../../test/db';
import { DEFAULT_VIEW } from '../url/view-params';

let h: ReturnType<typeof testDb>;
/** Statements that read the filtered records (the set `f`, or on SQLite's facet index the one row of
 * counts `tallies`: lib/server/queries/filtered-set.ts), by the page's reads. */
let recordPasses = 0;
let counting: DbTx;

vi.mock('./db', () => ({ readDb: async () => counting }));

beforeAll(() => {
  h = testDb();
  counting = new Proxy(h.db, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (key === '$queryRaw')
        return (query: { sql: string }, ...rest: unknown[]) => {
          if (/\b(f|tallies) AS MATERIALIZED\b/.test(query.sql)) recordPasses += 1;
          return (value as (...a: unknown[]) => unknown).call(target, query, ...rest);
        };
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as DbTx;
});
afterAll(() => h.cleanup());

describe('a dashboard page', () => {
  it('reads the filtered records once for its summary and its map', async () => {
    const { prefetchDashboard } = await import('./prefetch');
    const { mapCounts } = await import('./queries/map');
    const { summary } = await import('./queries/summary');
    // No rollup holds a state with a topic over a period: both read the records.
    const filter: RecordFilter = { ...EMPTY_FILTER, country: ['VNM'], topic: ['health'], from: '2018' };
    recordPasses = 0;
    const [map, sum] = await Promise.all([mapCounts(counting, filter), summary(counting, filter)]);
    expect(recordPasses, 'each on its own').toBe(2);

    recordPasses = 0;
    const state = await prefetchDashboard(filter, DEFAULT_VIEW, 'en', ['summary', 'map']);
    expect(recordPasses, 'the page').toBe(1);
    const data = (part: string) => state.queries.find((q) => q.queryKey.includes(part))?.state.data;
    expect(data('map')).toEqual(map);
    expect(data('summary')).toEqual(sum);
    expect(sum.records).toBeGreaterThan(0);
  });
});
