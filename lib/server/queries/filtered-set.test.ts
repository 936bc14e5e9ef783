import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { registerSqliteFunctions } from '../../db/sqlite-functions.mjs';
import { fromTallies } from './filtered-set';

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
});
