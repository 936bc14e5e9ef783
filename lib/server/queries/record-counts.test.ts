// The summary's pass over the filtered records, shared with a map asked for the same filter while it
// runs (the dashboard's two requests), and only then.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type RecordFilter } from '../../domain/filter';
import { testDb } from '../../../test/db';
import { countingRecordPasses } from '../../../test/record-passes';
import { mapCounts } from './map';
import { summary } from './summary';

let h: ReturnType<typeof testDb>;
let counting: ReturnType<typeof countingRecordPasses>;
beforeAll(() => {
  h = testDb();
  counting = countingRecordPasses(h.db);
});
afterAll(() => h.cleanup());

// No rollup holds a state with a topic over a period: the summary and the map read the records.
const filter: RecordFilter = { ...EMPTY_FILTER, country: ['VNM'], topic: ['health'], from: '2018' };

describe('a map asked while the summary of its filter is computed', () => {
  it('takes its counts from the summary’s pass', async () => {
    counting.reset();
    const alone = [await summary(counting.db, filter), await mapCounts(counting.db, filter)] as const;
    expect(counting.passes(), 'one after the other').toBe(2);
    expect(alone[0].records).toBeGreaterThan(0);

    counting.reset();
    const together = await Promise.all([summary(counting.db, filter), mapCounts(counting.db, filter)]);
    expect(counting.passes(), 'at once').toBe(1);
    expect(together).toEqual(alone);
  });

  it('reads the records itself for another filter, or inside a transaction', async () => {
    counting.reset();
    const other = { ...filter, from: '2019' };
    await Promise.all([summary(counting.db, filter), mapCounts(counting.db, other)]);
    expect(counting.passes(), 'another filter').toBe(2);

    const rollback = new Error('roll back');
    await expect(
      h.db.$transaction(async (tx) => {
        const inTx = countingRecordPasses(tx);
        await Promise.all([summary(inTx.db, filter), mapCounts(inTx.db, filter)]);
        expect(inTx.passes(), 'in a transaction').toBe(2);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });
});
