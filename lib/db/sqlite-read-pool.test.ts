import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { DriverAdapterError, type SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAdapter } from '../../prisma/adapter';
import { SCRATCH_DIR, scratchSqlite } from '../../test/scratch-sqlite';
import { timeline } from '../server/queries/timeline';
import { EMPTY_FILTER } from '../domain/filter';
import { createDb, readParallelism } from './client';
import {
  defaultReadWorkers,
  isPlainRead,
  isReadonlyRefusal,
  readCacheKb,
  SqliteReadPool,
  withReadPool,
} from './sqlite-read-pool';

const scratch = scratchSqlite();

const q = (sql: string, args: string[] = []) => ({
  sql,
  args,
  argTypes: args.map(() => ({ scalarType: 'string' as const, arity: 'scalar' as const })),
});
/** Counts up to n in SQL: a read that keeps one connection busy for a while. */
const SLOW = q(
  'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000) SELECT COUNT(*) AS n FROM c',
);

describe('isPlainRead', () => {
  it('sends SELECTs and WITH … SELECT to the workers', () => {
    expect(
      isPlainRead('SELECT r.id, r.updated_at FROM cooperation_record r WHERE r.deleted_at IS NULL'),
    ).toBe(true);
    expect(isPlainRead('  WITH f AS MATERIALIZED (SELECT 1) SELECT * FROM f')).toBe(true);
  });
  it('keeps writes, DDL and PRAGMAs on the main connection', () => {
    for (const s of [
      'INSERT INTO t (label) VALUES (?) RETURNING id',
      'WITH x AS (SELECT 1) INSERT INTO t (label) SELECT * FROM x',
      'UPDATE t SET label = ? RETURNING id',
      'DELETE FROM t RETURNING id',
      'PRAGMA table_info(t)',
      'SELECT * FROM pragma_table_info(?) ; PRAGMA foreign_keys',
      'BEGIN',
    ])
      expect(isPlainRead(s), s).toBe(false);
  });
});

describe('defaultReadWorkers', () => {
  it('reads SQLITE_READ_WORKERS, 0 turning the workers off, and refuses anything else', () => {
    expect(defaultReadWorkers({ SQLITE_READ_WORKERS: '0' })).toBe(0);
    expect(defaultReadWorkers({ SQLITE_READ_WORKERS: '3' })).toBe(3);
    expect(defaultReadWorkers({})).toBeGreaterThanOrEqual(1);
    expect(() => defaultReadWorkers({ SQLITE_READ_WORKERS: 'two' })).toThrow(/SQLITE_READ_WORKERS/);
    expect(() => defaultReadWorkers({ SQLITE_READ_WORKERS: '-1' })).toThrow(/SQLITE_READ_WORKERS/);
  });
});

describe('readCacheKb', () => {
  it('reads SQLITE_READ_CACHE_MB (0 keeps the driver default), 128 MB without it, and refuses anything else', () => {
    expect(readCacheKb({})).toBe(128 * 1024);
    expect(readCacheKb({ SQLITE_READ_CACHE_MB: '0' })).toBe(0);
    expect(readCacheKb({ SQLITE_READ_CACHE_MB: '512' })).toBe(512 * 1024);
    expect(() => readCacheKb({ SQLITE_READ_CACHE_MB: 'lots' })).toThrow(/SQLITE_READ_CACHE_MB/);
    expect(() => readCacheKb({ SQLITE_READ_CACHE_MB: '1.5' })).toThrow(/SQLITE_READ_CACHE_MB/);
  });
});

describe('reads on worker threads', () => {
  let file: string;
  let adapter: SqlDriverAdapter;

  beforeAll(async () => {
    file = scratch.create();
    adapter = await withReadPool(new PrismaBetterSQLite3({ url: file }), { file, size: 2 }).connect();
  });
  afterAll(() => adapter.dispose());

  it('answers reads with the rows and column types of the main connection', async () => {
    const main = await new PrismaBetterSQLite3({ url: file }).connect();
    const read = q('SELECT id, label FROM t ORDER BY id');
    expect(await adapter.queryRaw(read)).toEqual(await main.queryRaw(read));
    await main.dispose();
  });

  it("counts with the app's SQL functions, as the main connection does", async () => {
    const main = await createAdapter(`file:${file}`).connect();
    const read = q(
      `SELECT tally_joined(group_concat(x, ',')) AS n, tally_with_pairs_joined(group_concat(x, ',')) AS p
       FROM (SELECT '["b","a"]' AS x UNION ALL SELECT '["a"]')`,
    );
    const answer = await adapter.queryRaw(read);
    expect(answer.rows).toEqual([['{"b":1,"a":2}', '[["b","a"],[1,2],[1,0,1]]']]);
    expect(answer).toEqual(await main.queryRaw(read));
    await main.dispose();
  });

  it('does not hold a quick read behind a slow one', async () => {
    const done: string[] = [];
    await Promise.all([
      adapter.queryRaw(SLOW).then(() => done.push('slow')),
      adapter.queryRaw(q('SELECT COUNT(*) AS n FROM t')).then(() => done.push('quick')),
    ]);
    // On the main thread's synchronous connection the slow read would finish first.
    expect(done).toEqual(['quick', 'slow']);
  });

  it('gives each worker the page cache it was told (the main connection keeps its own)', async () => {
    const cacheOf = async (c: { queryRaw: SqlDriverAdapter['queryRaw'] }) =>
      Number((await c.queryRaw(q('SELECT cache_size FROM pragma_cache_size()'))).rows[0]![0]);
    expect(await cacheOf(adapter)).toBe(-readCacheKb());
    const pool = new SqliteReadPool({ file, size: 1, cacheKb: 0 });
    try {
      // The driver's own default when told 0.
      const fresh = new Database(':memory:');
      const driverDefault = Number(fresh.pragma('cache_size', { simple: true }));
      fresh.close();
      expect(driverDefault).not.toBe(-readCacheKb());
      expect(await cacheOf({ queryRaw: (query) => pool.query(query) })).toBe(driverDefault);
    } finally {
      await pool.close();
    }
  });

  it('gives a waiting read to the first worker that is free, not to one still busy', async () => {
    // Two workers: the slow read takes one, the first quick read the other. The second quick read
    // must go to whichever frees up first (the quick one's), not queue behind the slow read.
    const done: string[] = [];
    await Promise.all([
      adapter.queryRaw(SLOW).then(() => done.push('slow')),
      adapter.queryRaw(q('SELECT COUNT(*) AS n FROM t')).then(() => done.push('quick 1')),
      adapter.queryRaw(q('SELECT MAX(id) AS n FROM t')).then(() => done.push('quick 2')),
    ]);
    expect(done).toEqual(['quick 1', 'quick 2', 'slow']);
  });

  it('lets other reads see committed writes only', async () => {
    const tx = await adapter.startTransaction();
    await tx.executeRaw(q('INSERT INTO t (label) VALUES (?)', ['uncommitted']));
    const countIn = async (c: { queryRaw: SqlDriverAdapter['queryRaw'] }) =>
      Number((await c.queryRaw(q('SELECT COUNT(*) AS n FROM t'))).rows[0]![0]);
    const before = await countIn(adapter);
    // Inside the transaction its own row is visible; other reads do not see it …
    expect(await countIn(tx)).toBe(before + 1);
    expect(await countIn(adapter)).toBe(before);
    // Prisma's engine commits with a statement, then releases the transaction.
    await tx.executeRaw(q('COMMIT'));
    await tx.commit();
    // … until it is committed.
    expect(await countIn(adapter)).toBe(before + 1);
  });

  it('sends writes to the main connection', async () => {
    const res = await adapter.queryRaw(q('INSERT INTO t (label) VALUES (?) RETURNING label', ['written']));
    expect(res.rows).toEqual([['written']]);
  });

  it('reports a bad read as the driver error Prisma maps, and keeps working', async () => {
    await expect(adapter.queryRaw(q('SELECT * FROM no_such_table'))).rejects.toSatisfy(
      (e) => e instanceof DriverAdapterError && /no such table/.test(JSON.stringify(e.cause)),
    );
    expect((await adapter.queryRaw(q('SELECT label FROM t WHERE id = 1'))).rows).toEqual([['a']]);
  });
});

describe('without its worker script', () => {
  it('reads on the main connection instead of failing, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const file = scratch.create();
    const adapter = await withReadPool(new PrismaBetterSQLite3({ url: file }), {
      file,
      size: 2,
      root: path.join(SCRATCH_DIR, 'no-such-project'),
    }).connect();
    const done: string[] = [];
    await Promise.all([
      adapter.queryRaw(SLOW).then(() => done.push('slow')),
      adapter.queryRaw(q('SELECT COUNT(*) AS n FROM t')).then(() => done.push('quick')),
    ]);
    // One synchronous connection: the slow read finishes first.
    expect(done).toEqual(['slow', 'quick']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/reads stay on the main connection/));
    warn.mockRestore();
    await adapter.dispose();
  });
});

describe('SqliteReadPool', () => {
  it('cannot write, whatever it is sent (a misjudged write is retried on the main connection)', async () => {
    const file = scratch.create();
    const pool = new SqliteReadPool({ file, size: 1 });
    await expect(pool.query(q("INSERT INTO t (label) VALUES ('x')"))).rejects.toSatisfy(isReadonlyRefusal);
    expect(new Database(file, { readonly: true }).prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({
      n: 2,
    });
    await pool.close();
    await expect(pool.query(q('SELECT 1'))).rejects.toThrow(/closed/);
  });
});

// The shipped data in the SQLite test template, which PostgreSQL runs do not build (registered only
// where it can run, so a PostgreSQL run reports no skipped test).
if (!/^postgres/.test(process.env.DATABASE_URL ?? ''))
  describe('the Prisma client with read workers', () => {
    it('says how many workers it has, to every copy of the module (a bundle of each route has one)', async () => {
      const file = scratch.track(path.join(SCRATCH_DIR, `pool-${randomUUID()}.db`));
      fs.copyFileSync(path.join(SCRATCH_DIR, 'template.db'), file);
      const plain = createDb(`file:${file}`);
      const pooled = createDb(`file:${file}`, { readWorkers: 2 });
      try {
        vi.resetModules();
        const copy = await import('./client');
        expect(copy.readParallelism).not.toBe(readParallelism);
        expect([readParallelism(pooled.db), copy.readParallelism(pooled.db)]).toEqual([2, 2]);
        expect([readParallelism(plain.db), copy.readParallelism(plain.db)]).toEqual([1, 1]);
      } finally {
        await plain.db.$disconnect();
        await pooled.db.$disconnect();
      }
    });

    it('gives the same dashboard aggregates as without them', async () => {
      const template = path.join(SCRATCH_DIR, 'template.db');
      const file = scratch.track(path.join(SCRATCH_DIR, `pool-${randomUUID()}.db`));
      fs.copyFileSync(template, file);
      const plain = createDb(`file:${file}`);
      const pooled = createDb(`file:${file}`, { readWorkers: 2 });
      try {
        const a = await timeline(plain.db, EMPTY_FILTER, 'year', 'topic');
        const b = await timeline(pooled.db, EMPTY_FILTER, 'year', 'topic');
        expect(b.total).toBeGreaterThan(0);
        expect(b).toEqual(a);
      } finally {
        await plain.db.$disconnect();
        await pooled.db.$disconnect();
      }
    });
  });
