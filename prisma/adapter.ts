// One place that turns DATABASE_URL into a Prisma driver adapter. Used by prisma.config.ts (the CLI's
// WebAssembly schema engine), by the seed and by the app's Prisma client, so all three always talk to
// the same database the same way.
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { registerSqliteFunctions } from '../lib/db/sqlite-functions.mjs';
import type { IsolationLevel, SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';

export type DbEngine = 'sqlite' | 'postgres';

/** The embedded database used when DATABASE_URL is not set. */
export const DEFAULT_SQLITE_URL = 'file:./var/compact-atlas.db';

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_SQLITE_URL;
}

export function engineOf(url: string): DbEngine {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

/** Absolute file path of a SQLite URL ("file:./var/x.db", "file:/abs/x.db" or a bare path). */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const p = url.replace(/^file:/i, '').split('?')[0] ?? '';
  if (p === ':memory:') return p;
  return path.resolve(cwd, p);
}

/** pg connection fields from a postgresql:// URL (separate fields work around prisma/orm#27403 setups). */
export function pgConfigOf(url: string) {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? undefined;
  return {
    config: {
      host: decodeURIComponent(u.hostname) || u.searchParams.get('host') || '127.0.0.1',
      port: u.port ? Number(u.port) : 5432,
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: decodeURIComponent(u.pathname.replace(/^\//, '')),
      max: Number(u.searchParams.get('connection_limit') ?? 10),
      // Idle pooled connections must not keep CLI processes (migrate, seed) alive.
      allowExitOnIdle: true,
    },
    schema,
  };
}

let pgPatched = false;
/**
 * The WebAssembly schema engine cannot deserialise PostgreSQL's internal `name`/`char` column types
 * (OIDs 19/18) that catalog queries return (prisma/orm#27403). Reporting them as `text` (25) is
 * exact for their values, so we do that once, at the pg result layer, before any adapter sees them.
 */
function patchPgNameColumns() {
  if (pgPatched) return;
  pgPatched = true;
  const require = createRequire(import.meta.url);
  const Result = require('pg/lib/result.js') as {
    prototype: { addFields(fields: Array<{ dataTypeID: number }>): void };
  };
  const original = Result.prototype.addFields;
  Result.prototype.addFields = function addFields(fields) {
    for (const f of fields) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
    return original.call(this, fields);
  };
}

export function createAdapter(url: string = databaseUrl()) {
  if (engineOf(url) === 'postgres') {
    patchPgNameColumns();
    const { config, schema } = pgConfigOf(url);
    return new SerialPg(config, schema ? { schema } : undefined);
  }
  return new ImmediateSQLite({ url: sqliteFilePath(url) });
}

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

/** Lets `prepare` adjust each transaction the adapter starts, before Prisma sends it anything. */
function onTransaction(adapter: SqlDriverAdapter, prepare: (tx: Transaction) => Promise<void>) {
  const begin = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
    const tx = await begin(isolationLevel);
    await prepare(tx);
    return tx;
  };
}

/**
 * The SQLite adapter, with every transaction begun IMMEDIATE (the write lock first) instead of
 * DEFERRED. Prisma's writes read before they write (an upsert, a nested create); in WAL mode a
 * deferred transaction whose snapshot predates another connection's commit cannot become a writer
 * and fails at once with SQLITE_BUSY_SNAPSHOT, which no busy timeout retries. Another connection
 * means another process on the same file (a CLI import, `user:create`, a second server): taking the
 * lock first makes it wait its turn, within the busy timeout, instead.
 */
class ImmediateSQLite extends PrismaBetterSQLite3 {
  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    registerSqliteFunctions(adapter);
    onTransaction(adapter, beginImmediate);
    return adapter;
  }
}

async function beginImmediate(tx: Transaction) {
  // The adapter ran BEGIN (deferred) and holds its transaction lock; nothing has been read yet, so
  // ending that empty transaction and beginning an immediate one changes nothing but the lock.
  try {
    await tx.executeRaw(statement('COMMIT'));
    await tx.executeRaw(statement('BEGIN IMMEDIATE'));
  } catch (e) {
    // Still inside the deferred transaction if COMMIT failed: end it, then release the adapter's lock.
    await tx.executeRaw(statement('ROLLBACK')).catch(() => undefined);
    await tx.rollback();
    throw e;
  }
}

/**
 * The PostgreSQL adapter, with each transaction's queries sent one after another. Prisma runs
 * independent steps of a query plan concurrently, but a transaction is one connection, and a
 * PostgreSQL connection answers one query at a time: node-postgres queues the second with a
 * deprecation warning today and will refuse it in pg 9. Queuing them here keeps the same order.
 */
class SerialPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    onTransaction(adapter, async (tx) => serialQueries(tx));
    return adapter;
  }
}

/** Makes a transaction's queryRaw and executeRaw wait for the previous call to settle. */
export function serialQueries(tx: Pick<Transaction, 'queryRaw' | 'executeRaw'>) {
  let last: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = last.then(run, run);
    last = next.catch(() => undefined);
    return next;
  };
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  tx.queryRaw = (query) => serial(() => queryRaw(query));
  tx.executeRaw = (query) => serial(() => executeRaw(query));
}
