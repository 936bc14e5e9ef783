// Creates the Prisma client for DATABASE_URL: the SQLite client (embedded default) or the PostgreSQL
// client, both generated from the same models. Scripts and tests call this directly; the app goes
// through lib/server/db.ts, which keeps one client per process.
//
// PostgreSQL read replicas (DATABASE_REPLICA_URLS, comma-separated): the primary client is extended with
// Prisma's read-replica extension, and `replica` is the replica this process reads public pages and
// the read API from (lib/server/db.ts decides which requests). One replica per process, not one per
// query: a request's data version (its ETag) and its data must come from the same server, or a lagging
// replica could pair an old answer with a new ETag that browsers would then keep revalidating (304).
// Several instances spread over the replicas (docs/deploy.md).
import { readReplicas } from '@prisma/extension-read-replicas';
import { PrismaClient as SqliteClient } from '../../generated/sqlite/client';
import { PrismaClient as PostgresClient } from '../../generated/postgres/client';
import { createAdapter, databaseUrl, engineOf, sqliteFilePath, type DbEngine } from '../../prisma/adapter';
import { withReadPool } from './sqlite-read-pool';

/** Both generated clients expose the same models; the SQLite one serves as the shared type. */
export type Db = SqliteClient;
/** A client or an interactive transaction: query functions accept either. */
export type DbTx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export interface DbHandle {
  /** The primary: every write, and every read that must see the latest write. */
  db: Db;
  engine: DbEngine;
  /** The read replica this process reads from (PostgreSQL with replica URLs), else null. */
  replica: Db | null;
}

export interface CreateDbOptions {
  /**
   * SQLite only: read-only connections on worker threads that answer plain SELECTs, so a slow read
   * never blocks the process (lib/db/sqlite-read-pool.ts). Default 0: scripts and tests read on the
   * main connection; the server asks for defaultReadWorkers().
   */
  readWorkers?: number;
  /** PostgreSQL only: read replicas' URLs; this process reads from one, chosen by its process id. */
  replicaUrls?: readonly string[];
}

/** DATABASE_REPLICA_URLS, comma-separated; empty when unset. */
export function replicaUrlsFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  return (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
}

/**
 * SQLite clients with read workers, and how many (readParallelism). Kept on globalThis, like the
 * process's handle (lib/db/shared.ts): Next.js bundles this module into each route's and page's server
 * code, and a handle made by one of them is read by all; a module-level map would know only the clients
 * its own copy made.
 */
const registry = globalThis as typeof globalThis & { __compactAtlasReadWorkers?: WeakMap<object, number> };
const readers = (registry.__compactAtlasReadWorkers ??= new WeakMap<object, number>());

/**
 * How many statements of this client can run at once: its read workers on SQLite (a transaction, or
 * a client without workers, reads on one connection: 1). PostgreSQL parallelises a statement itself:
 * 1 there too.
 */
export function readParallelism(db: DbTx): number {
  return readers.get(db) ?? 1;
}

export function createDb(url: string = databaseUrl(), opts: CreateDbOptions = {}): DbHandle {
  const engine = engineOf(url);
  const urls = opts.replicaUrls ?? [];
  if (urls.length && engine !== 'postgres')
    throw new Error('DATABASE_REPLICA_URLS is for PostgreSQL; SQLite reads through its read workers.');
  if (urls.some((u) => engineOf(u) !== 'postgres'))
    throw new Error('DATABASE_REPLICA_URLS must be postgresql:// URLs.');
  const base = createAdapter(url);
  const adapter =
    engine === 'sqlite' && opts.readWorkers
      ? withReadPool(base, { file: sqliteFilePath(url), size: opts.readWorkers })
      : base;
  const db =
    engine === 'postgres'
      ? (new PostgresClient({ adapter }) as unknown as Db)
      : new SqliteClient({ adapter });
  if (adapter !== base) readers.set(db, opts.readWorkers!);
  if (!urls.length) return { db, engine, replica: null };
  const replicaClient = new PostgresClient({
    adapter: createAdapter(urls[process.pid % urls.length]!),
  });
  const reading = (db as unknown as PostgresClient).$extends(readReplicas({ replicas: [replicaClient] }));
  return { db, engine, replica: reading.$replica() as unknown as Db };
}
