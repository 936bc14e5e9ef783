// SQLite reads on worker threads. better-sqlite3 is synchronous: on the main thread a 300 ms aggregate
// stops the whole server for 300 ms, every other request (a 304, a cheap count) waits behind it, and a
// second core stays idle. The server's Prisma client therefore sends plain SELECTs to a few read-only
// connections on worker threads and keeps everything else — writes, transactions, DDL, PRAGMAs — on
// its one main connection (docs/decisions/0010-sqlite-read-workers.md).
//
// Consistency: the database runs in WAL mode, where a reader sees every transaction committed before
// its statement began. A read sent after a write has returned therefore sees that write; a read during
// another request's open transaction sees the state before it (on the shared main connection it
// would have seen the uncommitted rows). Reads inside a transaction stay on the main connection.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';

/** The worker script, resolved from the project root (it is loaded by path, not bundled). */
const READ_WORKER_SCRIPT = path.join('lib', 'db', 'sqlite-read-worker.mjs');

/**
 * A statement that only reads: a SELECT (or WITH … SELECT) naming no writing keyword. Anything else,
 * or a read misjudged here, goes to the main connection; a write misjudged as a read is refused by
 * the read-only connection and retried there.
 */
export function isPlainRead(sqlText: string): boolean {
  return (
    /^\s*(SELECT|WITH)\b/i.test(sqlText) &&
    !/\b(INSERT|UPDATE|DELETE|REPLACE|UPSERT|CREATE|DROP|ALTER|PRAGMA|ATTACH|VACUUM)\b/i.test(sqlText)
  );
}

/** Workers by default: one per core, at most four (SQLITE_READ_WORKERS overrides; 0 turns them off). */
export function defaultReadWorkers(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SQLITE_READ_WORKERS?.trim();
  if (raw) {
    if (!/^\d+$/.test(raw) || Number(raw) > 64)
      throw new Error(`SQLITE_READ_WORKERS must be a whole number from 0 to 64, not "${raw}"`);
    return Number(raw);
  }
  return Math.min(4, Math.max(1, os.availableParallelism()));
}

/**
 * Each worker's SQLite page cache, in KiB (SQLITE_READ_CACHE_MB overrides; 0 keeps the driver's 16 MB).
 * The facet index's readers look up one facts row per matching record, each on its own page: a
 * three-filter map at 1M records touches about 31,000 pages (120 MB). A smaller cache cannot hold them,
 * so every lookup went to the operating system for its page; with 128 MB that map, summary and network
 * took 7–15% less time when warm (no gain at 64 MB). The cache fills only as far as a worker reads.
 */
export function readCacheKb(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SQLITE_READ_CACHE_MB?.trim();
  if (raw) {
    if (!/^\d+$/.test(raw) || Number(raw) > 65536)
      throw new Error(`SQLITE_READ_CACHE_MB must be a whole number from 0 to 65536, not "${raw}"`);
    return Number(raw) * 1024;
  }
  return 128 * 1024;
}

type Job = { query: SqlQuery; resolve: (r: SqlResultSet) => void; reject: (e: unknown) => void };

interface Slot {
  worker: Worker | null;
  /** The read this worker is answering (one at a time), if any. */
  current: (Job & { id: number }) | null;
}

interface WorkerError {
  name: string;
  message: string;
  code?: string;
  cause?: ConstructorParameters<typeof DriverAdapterError>[0];
}

export interface ReadPoolOptions {
  file: string;
  size: number;
  /** Project root where the worker script lives (default: the working directory). */
  root?: string;
  busyTimeoutMs?: number;
  /** Page cache per worker in KiB (0: the driver's default). */
  cacheKb?: number;
}

/**
 * Reads wait in one queue and each goes to the first worker that is free, like a connection pool.
 * (Handing each read at once to the worker with the fewest reads in flight queued it behind whatever
 * that worker was doing: a page's map could wait 100 ms behind its summary while the other worker sat
 * idle after a 2 ms query.)
 */
export class SqliteReadPool {
  #slots: Slot[];
  #queue: Job[] = [];
  #nextId = 1;
  #closed = false;
  readonly #script: string;

  constructor(private readonly opts: ReadPoolOptions) {
    this.#slots = Array.from({ length: opts.size }, () => ({ worker: null, current: null }));
    this.#script = path.resolve(opts.root ?? process.cwd(), READ_WORKER_SCRIPT);
    if (!fs.existsSync(this.#script)) throw new Error(`SQLite read worker not found at ${this.#script}`);
  }

  /** Runs one read on the first free worker (started on first use). */
  query(query: SqlQuery): Promise<SqlResultSet> {
    if (this.#closed) return Promise.reject(new Error('The SQLite read pool is closed'));
    return new Promise<SqlResultSet>((resolve, reject) => {
      this.#queue.push({ query, resolve, reject });
      this.#dispatch();
    });
  }

  #dispatch() {
    for (const slot of this.#slots) {
      if (slot.current) continue;
      const job = this.#queue.shift();
      if (!job) return;
      let worker: Worker;
      try {
        worker = this.#start(slot);
      } catch (e) {
        job.reject(e);
        continue;
      }
      const id = this.#nextId++;
      slot.current = { ...job, id };
      // An idle worker must not keep a script's process alive; a busy one must.
      worker.ref();
      worker.postMessage({ id, query: job.query });
    }
  }

  #start(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    const worker = new Worker(this.#script, {
      workerData: {
        file: this.opts.file,
        busyTimeoutMs: this.opts.busyTimeoutMs ?? 5000,
        cacheKb: this.opts.cacheKb ?? readCacheKb(),
      },
    });
    worker.unref();
    worker.on('message', (msg: { id: number; result?: SqlResultSet; error?: WorkerError }) => {
      const job = slot.current;
      if (!job || job.id !== msg.id) return;
      slot.current = null;
      worker.unref();
      if (msg.error) job.reject(toError(msg.error));
      else job.resolve(msg.result!);
      this.#dispatch();
    });
    const fail = (e: unknown) => {
      // A worker that dies takes its read with it; the next read starts a new one.
      if (slot.worker !== worker) return;
      slot.worker = null;
      const job = slot.current;
      slot.current = null;
      job?.reject(e);
      if (!this.#closed) this.#dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`SQLite read worker exited (code ${code})`)));
    slot.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    this.#closed = true;
    const waiting = this.#queue.splice(0);
    for (const job of waiting) job.reject(new Error('The SQLite read pool is closed'));
    await Promise.all(
      this.#slots.map(async (slot) => {
        const w = slot.worker;
        if (w) await w.terminate();
      }),
    );
  }
}

function toError(e: WorkerError): Error {
  if (e.cause) return new DriverAdapterError(e.cause);
  return Object.assign(new Error(e.message), { name: e.name, code: e.code });
}

/** SQLITE_READONLY (or one of its extended codes): a write sent to a read-only connection. */
export function isReadonlyRefusal(e: unknown): boolean {
  const code =
    e instanceof DriverAdapterError
      ? (e.cause as { originalCode?: unknown }).originalCode
      : (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

/** The main connection's adapter, with its plain reads sent to the pool. */
function pooledAdapter(main: SqlDriverAdapter, pool: SqliteReadPool): SqlDriverAdapter {
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    async queryRaw(query) {
      if (!isPlainRead(query.sql)) return main.queryRaw(query);
      try {
        return await pool.query(query);
      } catch (e) {
        if (isReadonlyRefusal(e)) return main.queryRaw(query);
        throw e;
      }
    },
    executeRaw: (query) => main.executeRaw(query),
    executeScript: (script) => main.executeScript(script),
    startTransaction: (isolationLevel) => main.startTransaction(isolationLevel),
    getConnectionInfo: main.getConnectionInfo ? () => main.getConnectionInfo!() : undefined,
    async dispose() {
      await pool.close();
      await main.dispose();
    },
  };
}

/**
 * Wraps a SQLite adapter factory so that, with `size` > 0, the connection it makes reads through `size`
 * workers. The database is switched to WAL first (a persistent setting of the file), which lets readers
 * and the writer work at the same time.
 */
export function withReadPool(
  inner: SqlDriverAdapterFactory,
  opts: { file: string; size: number; root?: string },
): SqlDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const main = await inner.connect();
      if (opts.size <= 0 || opts.file === ':memory:') return main;
      await main.executeScript('PRAGMA journal_mode = WAL');
      // A misconfigured cache size stops the connection here, before any read.
      const cacheKb = readCacheKb();
      let pool: SqliteReadPool;
      try {
        pool = new SqliteReadPool({ file: opts.file, size: opts.size, root: opts.root, cacheKb });
      } catch (e) {
        // Started outside the project directory (the worker script is found from it): slower, not wrong.
        console.warn(`SQLite reads stay on the main connection: ${(e as Error).message}`);
        return main;
      }
      return pooledAdapter(main, pool);
    },
  };
}
