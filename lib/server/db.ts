import 'server-only';
import { createDb, type DbHandle } from '../db/client';

const holder = globalThis as typeof globalThis & { __compactAtlasDb?: DbHandle };

/** The process's one database handle (kept across hot reloads in development). */
export function getDb(): DbHandle {
  holder.__compactAtlasDb ??= createDb();
  return holder.__compactAtlasDb;
}
