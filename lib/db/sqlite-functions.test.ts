import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { binaryLess, registerSqliteFunctions } from './sqlite-functions.mjs';

const db = new Database(':memory:');
registerSqliteFunctions({ client: db } as never);
afterAll(() => db.close());

/** Ids a record could carry, and ones that would trip a careless writer or comparer. */
const IDS = [
  'VNM',
  'iom',
  'IOM',
  'a"b',
  'back\\slash',
  '__proto__',
  'constructor',
  '',
  'é',
  'ÿ',
  '\uffff',
  '😀',
  '𝔸',
  '1',
  '10',
  '2',
];

/** A deterministic sample of link arrays (no id twice in one record, as the link tables' keys ensure). */
function sampleRows(n: number): Array<string | null> {
  let seed = 7;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const rows: Array<string | null> = [null, '[]'];
  for (let i = 0; i < n; i++) {
    const picked = new Set<string>();
    const k = 1 + Math.floor(rnd() * 6);
    while (picked.size < k) picked.add(IDS[Math.floor(rnd() * IDS.length)]!);
    rows.push(JSON.stringify([...picked]));
  }
  return rows;
}

function withRows(rows: Array<string | null>) {
  db.exec('DROP TABLE IF EXISTS f; CREATE TABLE f (links TEXT)');
  const insert = db.prepare('INSERT INTO f (links) VALUES (?)');
  for (const r of rows) insert.run(r);
}

const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('binaryLess', () => {
  it("orders as SQLite's BINARY collation does, also beyond U+FFFF", () => {
    const cmp = db.prepare<[string, string], { lt: number }>('SELECT ? < ? AS lt');
    for (const a of IDS)
      for (const b of IDS) expect(binaryLess(a, b), `${a} < ${b}`).toBe(cmp.get(a, b)!.lt === 1);
    // JavaScript's own < says the opposite for this pair (UTF-16 units).
    expect('\uffff' < '😀').toBe(false);
    expect(binaryLess('\uffff', '😀')).toBe(true);
  });
});

describe('tally_joined and tally_with_pairs_joined', () => {
  const TALLY = `(SELECT tally_joined(group_concat(links, ',')) AS c FROM f)`;
  const BOTH = `(SELECT tally_with_pairs_joined(group_concat(links, ',')) AS c FROM f)`;

  it('count what GROUP BY counts over the same arrays', () => {
    withRows(sampleRows(400));
    const byGroup = db
      .prepare('SELECT j.value AS id, COUNT(*) AS n FROM f CROSS JOIN json_each(f.links) j GROUP BY j.value')
      .all();
    const byTally = db
      .prepare(`SELECT j.key AS id, j.value AS n FROM ${TALLY} t CROSS JOIN json_each(t.c) j`)
      .all();
    expect(byTally.length).toBe(IDS.length);
    expect(sorted(byTally)).toEqual(sorted(byGroup));
    // The ids' half of both at once is the same count.
    const idsOfBoth = db
      .prepare(`SELECT j.key AS id, j.value AS n FROM ${BOTH} t CROSS JOIN json_each(t.c, '$[0]') j`)
      .all();
    expect(sorted(idsOfBoth)).toEqual(sorted(byGroup));

    const pairsByGroup = db
      .prepare(
        `SELECT x.value AS a, y.value AS b, COUNT(*) AS n FROM f CROSS JOIN json_each(f.links) x CROSS JOIN json_each(f.links) y
         WHERE x.value < y.value GROUP BY x.value, y.value`,
      )
      .all();
    const pairsByTally = db
      .prepare(
        `SELECT x.key AS a, y.key AS b, y.value AS n
         FROM ${BOTH} t CROSS JOIN json_each(t.c, '$[1]') x CROSS JOIN json_each(x.value) y`,
      )
      .all();
    expect(pairsByTally.length).toBeGreaterThan(50);
    expect(sorted(pairsByTally)).toEqual(sorted(pairsByGroup));
  });

  it('give empty objects for no rows or only NULL cells, and refuse a cell that is not an array', () => {
    for (const rows of [[], [null, null]]) {
      withRows(rows);
      expect(db.prepare(`SELECT ${TALLY} AS a, ${BOTH} AS c`).get()).toEqual({ a: '{}', c: '[{},{}]' });
    }
    withRows(['{"a":1}']);
    expect(() => db.prepare(`SELECT ${TALLY}`).get()).toThrow(/JSON array/);
    expect(() => db.prepare(`SELECT ${BOTH}`).get()).toThrow(/JSON array/);
  });

  it('are not usable from the schema (triggers, views), only from queries', () => {
    expect(() =>
      db.exec(`CREATE VIEW v AS SELECT tally_joined(group_concat(links, ',')) AS c FROM f; SELECT * FROM v`),
    ).toThrow(/unsafe use/);
  });

  it('need the driver connection, and say so when an adapter has none', () => {
    expect(() => registerSqliteFunctions({} as never)).toThrow(/better-sqlite3 connection/);
  });
});
