// Facts rows numbered in date order (SQLite): a period's start bounds the facet index's rowids, so a
// record that ends on the period's first day must be found, and one that ends the day before must not;
// rows of one day, added at once or one write after another, keep to that day's ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../test/db';
import { EMPTY_FILTER, type RecordFilter } from '../domain/filter';
import { usesFacets } from '../server/queries/filter-sql';
import { countRecords } from '../server/queries/records';
import { setRollupsEnabled } from '../server/queries/rollup-plan';
import { currentEngine, sql } from '../server/sql';
import { FACTS_DAY_IDS, factsDay, factsDaySql, factsIdFloor } from './facts';
import { scanJoined } from './sqlite-functions.mjs';
import { addRecords, purgeRecords } from './rollups';

let h: ReturnType<typeof testDb>;
const ids: string[] = [];

/** Records of Viet Nam on health in 1901 (no shipped record is that old), each [start, end]. */
async function add(dates: Array<[string, string]>) {
  const batch = dates.map(([start, end], i) => ({
    id: `facts-${ids.length + i}-${start}-${end}`,
    start,
    end,
  }));
  await h.db.cooperationRecord.createMany({
    data: batch.map((r) => ({
      id: r.id,
      kind: 'meeting',
      title: r.id,
      summary: 'A test record.',
      dateStart: r.start,
      dateEnd: r.end,
      datePrecision: 'day',
      year: 1901,
      month: Number(r.start.slice(5, 7)),
      searchText: r.id,
      origin: 'synthetic',
      spansMonths: r.start.slice(0, 7) !== r.end.slice(0, 7),
      updatedAt: new Date(),
    })),
  });
  await h.db.recordParticipant.createMany({
    data: batch.map((r) => ({ recordId: r.id, actorId: 'VNM', role: 'party' })),
  });
  await h.db.recordTopic.createMany({ data: batch.map((r) => ({ recordId: r.id, topicId: 'health' })) });
  ids.push(...batch.map((r) => r.id));
  await addRecords(
    h.db,
    batch.map((r) => r.id),
  );
  return batch.map((r) => r.id);
}

beforeAll(async () => {
  h = testDb();
});

afterAll(async () => {
  await purgeRecords(h.db, ids);
  await h.cleanup();
});

describe('day numbers of facts ids', () => {
  it('order as the dates do, and the database computes the same ones', async () => {
    const dates = [
      '0999-12-31',
      '1901-03-31',
      '1901-04-01',
      '1967-08-08',
      '2018-02-28',
      '2018-03-01',
      '9999-12-31',
    ];
    const days = dates.map(factsDay);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(new Set(days).size).toBe(dates.length);
    for (const d of dates) {
      const [row] = await h.db.$queryRaw<Array<{ n: unknown }>>(
        sql`SELECT ${factsDaySql('v.d')} AS n FROM (SELECT ${d} AS d) v`,
      );
      expect(Number(row!.n), d).toBe(factsDay(d));
    }
    expect(Number(factsIdFloor('9999-12-31')) + FACTS_DAY_IDS).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect(() => factsDay('2018-3-1')).toThrow(/YYYY-MM-DD/);
  });
});

describe.runIf(currentEngine() === 'sqlite')('facts rows in date order (SQLite)', () => {
  const f = (p: Partial<RecordFilter>): RecordFilter => ({ ...EMPTY_FILTER, ...p });

  it("finds the records that end on a period's first day, and not those that end before it", async () => {
    await add([
      ['1901-03-31', '1901-03-31'],
      ['1901-04-01', '1901-04-01'],
      ['1901-04-01', '1901-04-01'],
      ['1901-04-01', '1901-04-01'],
      ['1901-03-20', '1901-04-02'],
      ['1901-04-02', '1901-04-02'],
    ]);
    const filter = f({ country: ['VNM'], topic: ['health'], from: '1901-04-01', to: '1901-04-01' });
    expect(usesFacets(filter)).toBe(true);
    expect(await countRecords(h.db, filter)).toBe(4);
    setRollupsEnabled(false);
    try {
      expect(await countRecords(h.db, filter), 'from the records').toBe(4);
    } finally {
      setRollupsEnabled(true);
    }
    expect(await countRecords(h.db, f({ ...filter, from: '1901-04-02' }))).toBe(1);
    expect(await countRecords(h.db, f({ ...filter, from: '1901-03', to: '1901-03' }))).toBe(2);
  });

  it("numbers one day's rows within that day's ids, added at once or one write after another", async () => {
    const first = await add([
      ['1901-05-01', '1901-05-01'],
      ['1901-05-01', '1901-05-01'],
      ['1901-05-01', '1901-05-01'],
    ]);
    const later = await add([['1901-05-01', '1901-05-01']]);
    const rows = await h.db.$queryRaw<Array<{ id: bigint | number; record_id: string }>>(
      sql`SELECT id, record_id FROM record_facts WHERE date_end = '1901-05-01' ORDER BY id`,
    );
    expect(rows.map((r) => r.record_id)).toEqual([...first, ...later]);
    for (const r of rows) {
      expect(BigInt(r.id) >= factsIdFloor('1901-05-01')).toBe(true);
      expect(BigInt(r.id) < factsIdFloor('1901-05-02')).toBe(true);
    }
    expect(new Set(rows.map((r) => String(r.id))).size).toBe(4);
  });

  it('refuses a row outside its day’s ids', async () => {
    await expect(
      h.db.$executeRaw(
        sql`INSERT INTO record_facts (id, record_id, kind, date_start, date_end, actors, topics, commitments)
            VALUES (${factsIdFloor('1901-04-02')}, 'misplaced', 'meeting', '1901-04-01', '1901-04-01', '[]', '[]', '[]')`,
      ),
    ).rejects.toThrow(/CHECK constraint failed/);
  });
});

describe.runIf(currentEngine() === 'sqlite')(
  'facts cells as the counting functions read them (SQLite)',
  () => {
    it('are arrays the scanner reads without JSON.parse, with the same ids', async () => {
      // A writer that wrote spaces or escapes would still count right (JSON.parse), but slowly.
      for (const column of ['actors', 'topics', 'commitments']) {
        const [row] = await h.db.$queryRawUnsafe<Array<{ joined: string; n: unknown }>>(
          `SELECT group_concat(${column}, ',') AS joined, COUNT(*) AS n FROM record_facts`,
        );
        const scan = scanJoined(row!.joined);
        expect(scan, column).not.toBeNull();
        expect(scan!.rows).toBe(Number(row!.n));
        const parsed = JSON.parse(`[${row!.joined}]`) as string[][];
        expect(new Set(scan!.ids)).toEqual(new Set(parsed.flat()));
        expect(scan!.ids.length).toBeGreaterThan(column === 'actors' ? 100 : 2);
      }
    });
  },
);
