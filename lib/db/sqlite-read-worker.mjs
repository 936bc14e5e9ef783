// One read-only SQLite connection on a worker thread (lib/db/sqlite-read-pool.ts). It answers the
// pool's SELECTs with the same Prisma driver adapter the main connection uses, so rows and column
// types are exactly what Prisma would get on the main thread. Plain JavaScript: it is loaded by path at
// run time, outside the Next.js bundle.
import { parentPort, workerData } from 'node:worker_threads';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { registerSqliteFunctions } from './sqlite-functions.mjs';

const adapter = await new PrismaBetterSQLite3({
  url: workerData.file,
  readonly: true,
  fileMustExist: true,
  timeout: workerData.busyTimeoutMs,
}).connect();
// The app's counting functions (sqlite-functions.mjs), as on the main connection (prisma/adapter.ts).
registerSqliteFunctions(adapter);
// A larger page cache than the driver's 16 MB (lib/db/sqlite-read-pool.ts, readCacheKb).
if (workerData.cacheKb > 0)
  await adapter.executeScript(`PRAGMA cache_size = -${Math.floor(workerData.cacheKb)}`);

// The pool ends a worker with terminate(); better-sqlite3 closes its connection as the thread exits.
parentPort.on('message', async (msg) => {
  try {
    const result = await adapter.queryRaw(msg.query);
    parentPort.postMessage({ id: msg.id, result });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    parentPort.postMessage({
      id: msg.id,
      error: {
        name: err.name,
        message: err.message,
        // better-sqlite3's SqliteError code (SQLITE_READONLY, …) for errors the adapter passes through.
        code: typeof err.code === 'string' ? err.code : undefined,
        // DriverAdapterError carries what Prisma maps to its error codes ({ kind, extendedCode, ... }).
        cause: err.name === 'DriverAdapterError' ? err.cause : undefined,
      },
    });
  }
});
