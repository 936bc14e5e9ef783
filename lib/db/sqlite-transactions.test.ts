import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { scratchSqlite } from '../../test/scratch-sqlite';
import { createDb } from './client';

// Two connections on one SQLite file, as when `npm run import` or `user:create` runs beside the
// server: the other one is a worker thread with its own better-sqlite3 connection.
const scratch = scratchSqlite();

/** Another connection that says when it is about to write, then inserts a row (waiting for the lock). */
function otherWriter(file: string) {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const Database = require(workerData.module);
     const db = new Database(workerData.file, { timeout: 10000 });
     parentPort.postMessage('writing');
     db.prepare("INSERT INTO t (label) VALUES ('other')").run();
     db.close();
     parentPort.postMessage('done');`,
    { eval: true, workerData: { file, module: createRequire(import.meta.url).resolve('better-sqlite3') } },
  );
  const said = (word: string) =>
    new Promise<void>((resolve, reject) => {
      worker.on('message', (m) => m === word && resolve());
      worker.on('error', reject);
    });
  return { writing: said('writing'), done: said('done') };
}

describe('SQLite transactions beside another writer', () => {
  it('a transaction that reads before it writes commits, and the other writer waits its turn', async () => {
    const file = scratch.create({ wal: true });
    const { db } = createDb(`file:${file}`);
    try {
      let other: ReturnType<typeof otherWriter> | undefined;
      await db.$transaction(async (tx) => {
        // Read first, as Prisma's upserts and nested writes do; then let the other connection try to
        // write before this transaction does. Begun DEFERRED, the transaction's snapshot would now be
        // stale and its write refused with SQLITE_BUSY_SNAPSHOT.
        await tx.$queryRawUnsafe('SELECT COUNT(*) AS n FROM t');
        other = otherWriter(file);
        await other.writing;
        await new Promise((r) => setTimeout(r, 300));
        await tx.$executeRawUnsafe("INSERT INTO t (label) VALUES ('mine')");
      });
      await other!.done;
      const rows = new Database(file, { readonly: true }).prepare('SELECT label FROM t ORDER BY id').all();
      expect(rows).toEqual([{ label: 'a' }, { label: 'b' }, { label: 'mine' }, { label: 'other' }]);
    } finally {
      await db.$disconnect();
    }
  });
});
