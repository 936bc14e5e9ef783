// A dashboard page's server side: what it asks the database for its first paint.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTER, type RecordFilter } from '../domain/filter';
import { testDb } from '../../test/db';
import { countingRecordPasses } from '../../test/record-passes';
import { DEFAULT_VIEW } from '../url/view-params';

let h: ReturnType<typeof testDb>;
let counting: ReturnType<typeof countingRecordPasses>;

vi.mock('./db', () => ({ readDb: async () => counting.db }));

beforeAll(() => {
  h = testDb();
  counting = countingRecordPasses(h.db);
});
afterAll(() => h.cleanup());

describe('a dashboard page', () => {
  it('reads the filtered records once for its summary and its map', async () => {
    const { prefetchDashboard } = await import('./prefetch');
    const { mapCounts } = await import('./queries/map');
    const { summary } = await import('./queries/summary');
    // No rollup holds a state with a topic over a period: both read the records.
    const filter: RecordFilter = { ...EMPTY_FILTER, country: ['VNM'], topic: ['health'], from: '2018' };
    counting.reset();
    const map = await mapCounts(counting.db, filter);
    const sum = await summary(counting.db, filter);
    expect(counting.passes(), 'each on its own').toBe(2);

    counting.reset();
    const state = await prefetchDashboard(filter, DEFAULT_VIEW, 'en', ['summary', 'map']);
    expect(counting.passes(), 'the page').toBe(1);
    const data = (part: string) => state.queries.find((q) => q.queryKey.includes(part))?.state.data;
    expect(data('map')).toEqual(map);
    expect(data('summary')).toEqual(sum);
    expect(sum.records).toBeGreaterThan(0);
  });
});
