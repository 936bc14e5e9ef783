// The process's one database handle (kept across hot reloads in development). No `server-only` marker:
// proxy.ts (the PRIVATE=1 gate) uses it too; app code goes through lib/server/db.ts.
import { createDb, replicaUrlsFromEnv, type DbHandle } from './client';
import { defaultReadWorkers } from './sqlite-read-pool';

const holder = globalThis as typeof globalThis & { __compactAtlasDb?: DbHandle };

export function sharedDb(): DbHandle {
  holder.__compactAtlasDb ??= createDb(undefined, {
    readWorkers: defaultReadWorkers(),
    replicaUrls: replicaUrlsFromEnv(),
  });
  return holder.__compactAtlasDb;
}
