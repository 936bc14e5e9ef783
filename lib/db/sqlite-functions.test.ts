import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { binaryLess, registerSqliteFunctions, scanJoined } from './sqlite-functions.mjs';

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
  // The same hash for the scanner (h * 31 + c): told apart by their text.
  'AaAa',
  'AaBB',
  'BBAa',
  'BBBB',
];

/** The same without the ids JSON writes with an escape: cells read without JSON.parse. */
const PLAIN_IDS = IDS.filter((id) => !JSON.stringify(id).includes('\\'));

/** More distinct ids than the pairs' square array takes. */
const MANY_IDS = Array.from({ length: 1500 }, (_, i) => `id-${i}-${'é'.repeat(i % 3)}`);

/** A deterministic sample of link arrays (no id twice in one record, as the link tables' keys ensure). */
function sampleRows(n: number, ids: readonly string[] = IDS): Array<string | null> {
  let seed = 7;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const rows: Array<string | null> = [null, '[]'];
  for (let i = 0; i < n; i++) {
    const picked = new Set<string>();
    const k = 1 + Math.floor(rnd() * 6);
    while (picked.size < k) picked.add(ids[Math.floor(rnd() * ids.length)]!);
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

  /** tally_with_pairs_joined's lists read back as rows: ids with their counts, pairs by their ids. */
  const decoded = (c: string) => {
    const [ids, counts, pairs] = JSON.parse(c) as [string[], number[], number[]];
    const pairRows: Array<{ a: string; b: string; n: number }> = [];
    for (let x = 0; x < pairs.length; x += 3)
      pairRows.push({ a: ids[pairs[x]!]!, b: ids[pairs[x + 1]!]!, n: pairs[x + 2]! });
    return { ids: ids.map((id, k) => ({ id, n: counts[k]! })), pairs: pairRows };
  };
  const bothOf = () => decoded((db.prepare(`SELECT ${BOTH} AS c`).get() as { c: string }).c);

  const joinedText = () =>
    db.prepare<[], { j: string }>("SELECT group_concat(links, ',') AS j FROM f").get()!.j;

  describe.each([
    ['ids JSON writes with escapes (read by JSON.parse)', IDS, 400, false],
    ['plain ids (read without JSON.parse)', PLAIN_IDS, 400, true],
    ['more ids than the square array takes', MANY_IDS, 3000, true],
  ] as const)('over %s', (_name, ids, n, scanned) => {
    it('count what GROUP BY counts over the same arrays', () => {
      withRows(sampleRows(n, ids));
      expect(scanJoined(joinedText()) !== null).toBe(scanned);
      const byGroup = db
        .prepare(
          'SELECT j.value AS id, COUNT(*) AS n FROM f CROSS JOIN json_each(f.links) j GROUP BY j.value',
        )
        .all();
      const byTally = db
        .prepare(`SELECT j.key AS id, j.value AS n FROM ${TALLY} t CROSS JOIN json_each(t.c) j`)
        .all();
      expect(byTally.length).toBeGreaterThan(ids === MANY_IDS ? 1024 : ids.length - 1);
      expect(sorted(byTally)).toEqual(sorted(byGroup));
      // The ids' half of both at once is the same count.
      const both = bothOf();
      expect(sorted(both.ids)).toEqual(sorted(byGroup));

      const pairsByGroup = db
        .prepare(
          `SELECT x.value AS a, y.value AS b, COUNT(*) AS n FROM f CROSS JOIN json_each(f.links) x CROSS JOIN json_each(f.links) y
           WHERE x.value < y.value GROUP BY x.value, y.value`,
        )
        .all();
      // Each pair once, its lesser id (SQLite's order) first.
      expect(both.pairs.length).toBeGreaterThan(50);
      expect(sorted(both.pairs)).toEqual(sorted(pairsByGroup));
    });
  });

  it('read cells they cannot scan as JSON does (spaces, a number), and count an id twice as JSON does', () => {
    withRows(['[ "VNM", "iom"]', '["VNM",1]', '[]']);
    expect(scanJoined(joinedText())).toBeNull();
    expect(JSON.parse((db.prepare(`SELECT ${TALLY} AS a`).get() as { a: string }).a)).toEqual({
      VNM: 2,
      iom: 1,
      '1': 1,
    });
    const cells = ['["a","b","a"]', '["VNM","iom"]', '[]', '["iom","VNM","a"]'];
    const both = () => db.prepare(`SELECT ${TALLY} AS a, ${BOTH} AS c`).get() as { a: string; c: string };
    withRows(cells.map((c) => c.replaceAll(',', ', ')));
    expect(scanJoined(joinedText())).toBeNull();
    const parsed = both();
    withRows(cells);
    expect(scanJoined(joinedText())).not.toBeNull();
    const scanned = both();
    expect(JSON.parse(scanned.a)).toEqual({ a: 3, b: 1, VNM: 2, iom: 2 });
    expect(JSON.parse(scanned.a)).toEqual(JSON.parse(parsed.a));
    const pairs = (c: string) => sorted(decoded(c).pairs);
    expect(pairs(scanned.c)).toEqual(
      sorted([
        { a: 'a', b: 'b', n: 2 },
        { a: 'a', b: 'iom', n: 1 },
        { a: 'VNM', b: 'a', n: 1 },
        { a: 'VNM', b: 'iom', n: 2 },
      ]),
    );
    expect(pairs(scanned.c)).toEqual(pairs(parsed.c));
  });

  it('refuse malformed joined cells as JSON.parse does', () => {
    for (const bad of ['["a"', '["a"],', '["a""b"]', '[a]', '["a"]["b"]', '["a\u0001"]', '["a\nb"]'])
      expect(scanJoined(bad), bad).toBeNull();
    withRows(['["a"', '["b"]']);
    expect(() => db.prepare(`SELECT ${TALLY}`).get()).toThrow(SyntaxError);
  });

  it('give empty objects for no rows or only NULL cells, and refuse a cell that is not an array', () => {
    for (const rows of [[], [null, null]]) {
      withRows(rows);
      expect(db.prepare(`SELECT ${TALLY} AS a, ${BOTH} AS c`).get()).toEqual({ a: '{}', c: '[[],[],[]]' });
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
