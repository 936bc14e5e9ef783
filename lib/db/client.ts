// Creates the Prisma client for DATABASE_URL: the SQLite client (embedded default) or the PostgreSQL
// client, both generated from the same models. Scripts and tests call this directly; the app goes
// through lib/server/db.ts, which keeps one client per process.
import { PrismaClient as SqliteClient } from '../../generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../../generated/postgres/client';
import { createAdapter, databaseUrl, engineOf, sqliteFilePath, type DbEngine } from '../../prisma/adapter';
import { withReadPool } from './sqlite-read-pool';

/** Both generated clients expose the same models; the SQLite one serves as the shared type. */
export type Db = SqliteClient;
/** A client or an interactive transaction: query functions accept either. */
export type DbTx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface DbHandle {
  db: Db;
  engine: DbEngine;
}

export interface CreateDbOptions {
  /**
   * SQLite only: read-only connections on worker threads that answer plain SELECTs, so a slow read
   * never blocks the process (lib/db/sqlite-read-pool.ts). Default 0: scripts and tests read on the
   * main connection; the server asks for defaultReadWorkers().
   */
  readWorkers?: number;
}

export function createDb(url: string = databaseUrl(), opts: CreateDbOptions = {}): DbHandle {
  const engine = engineOf(url);
  const base = createAdapter(url);
  const adapter =
    engine === 'sqlite' && opts.readWorkers
      ? withReadPool(base, { file: sqliteFilePath(url), size: opts.readWorkers })
      : base;
  const db =
    engine === 'postgres'
      ? (new PostgresClient({ adapter }) as unknown as Db)
      : new SqliteClient({ adapter });
  return { db, engine };
}
