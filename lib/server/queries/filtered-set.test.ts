import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { registerSqliteFunctions } from '../../db/sqlite-functions.mjs';
import { fromTallies, sumTallies } from './filtered-set';

describe('fromTallies', () => {
  it('reads back every actor and pair the counting functions wrote, whatever their ids', () => {
    const db = new Database(':memory:');
    registerSqliteFunctions({ client: db } as never);
    db.exec('CREATE TABLE f (actors TEXT)');
    const insert = db.prepare('INSERT INTO f (actors) VALUES (?)');
    // Ids an object would mishandle: a prototype name, ids that look like array indexes, quotes.
    for (const row of [['__proto__', '10', 'VNM'], ['2', 'VNM'], ['a"b', '__proto__'], ['VNM']])
      insert.run(JSON.stringify(row));
    const { tallies } = db
      .prepare(`SELECT tally_with_pairs_joined(group_concat(actors, ',')) AS tallies FROM f`)
      .get() as {
      tallies: string;
    };
    db.close();
    const sortBy = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
    const read = fromTallies(tallies);
    expect(sortBy(read.actors)).toEqual(
      sortBy([
        { id: '__proto__', n: 2 },
        { id: '10', n: 1 },
        { id: 'VNM', n: 3 },
        { id: '2', n: 1 },
        { id: 'a"b', n: 1 },
      ]),
    );
    expect(sortBy(read.pairs)).toEqual(
      sortBy([
        { s: '10', t: 'VNM', w: 1 },
        { s: '10', t: '__proto__', w: 1 },
        { s: 'VNM', t: '__proto__', w: 1 },
        { s: '2', t: 'VNM', w: 1 },
        { s: '__proto__', t: 'a"b', w: 1 },
      ]),
    );
  });

  it('sums the counts of a pass read in parts, whatever their ids', () => {
    const db = new Database(':memory:');
    registerSqliteFunctions({ client: db } as never);
    db.exec('CREATE TABLE f (part INTEGER, actors TEXT)');
    const insert = db.prepare('INSERT INTO f (part, actors) VALUES (?, ?)');
    const rows = [['__proto__', '10', 'VNM'], ['2', 'VNM'], ['a"b', '__proto__'], ['VNM'], ['10', 'VNM']];
    rows.forEach((row, i) => insert.run(i % 2, JSON.stringify(row)));
    const tally = (fn: string, where: string) =>
      (db.prepare(`SELECT ${fn}(group_concat(actors, ',')) AS t FROM f ${where}`).get() as { t: string }).t;
    const sortBy = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
    const whole = fromTallies(tally('tally_with_pairs_joined', ''));
    const parts = fromTallies(
      tally('tally_with_pairs_joined', 'WHERE part = 0'),
      tally('tally_with_pairs_joined', 'WHERE part = 1'),
      tally('tally_with_pairs_joined', 'WHERE part = 2'),
    );
    expect(sortBy(parts.actors)).toEqual(sortBy(whole.actors));
    expect(sortBy(parts.pairs)).toEqual(sortBy(whole.pairs));
    expect(parts.pairs.find((p) => p.s === '10' && p.t === 'VNM')?.w).toBe(2);
    // tally_joined's objects: a part with no rows (NULL from a caller) adds nothing.
    const summed = sumTallies([
      tally('tally_joined', 'WHERE part = 0'),
      null,
      tally('tally_joined', 'WHERE part = 1'),
    ]);
    expect(summed).toEqual(JSON.parse(tally('tally_joined', '')));
    expect(Object.getPrototypeOf(summed)).toBe(Object.prototype);
    expect(summed['__proto__' as string]).toBe(2);
    db.close();
  });

  it('sums parts with more actors than its square array holds', () => {
    const db = new Database(':memory:');
    registerSqliteFunctions({ client: db } as never);
    db.exec('CREATE TABLE f (part INTEGER, actors TEXT)');
    const insert = db.prepare('INSERT INTO f (part, actors) VALUES (?, ?)');
    // 1,500 actors in rows of three, each part sharing a hub and some pairs with the other.
    for (let i = 0; i < 1500; i++)
      insert.run(i % 2, JSON.stringify(['hub', `a${i}`, `a${(i * 7 + 1) % 1500}`]));
    const tally = (where: string) =>
      (
        db
          .prepare(`SELECT tally_with_pairs_joined(group_concat(actors, ',')) AS t FROM f ${where}`)
          .get() as {
          t: string;
        }
      ).t;
    const sortBy = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
    const whole = fromTallies(tally(''));
    const parts = fromTallies(tally('WHERE part = 0'), tally('WHERE part = 1'));
    expect(whole.actors.length).toBe(1501);
    expect(sortBy(parts.actors)).toEqual(sortBy(whole.actors));
    expect(sortBy(parts.pairs)).toEqual(sortBy(whole.pairs));
    expect(parts.actors.find((a) => a.id === 'hub')?.n).toBe(1500);
    db.close();
  });
});
