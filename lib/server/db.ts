import 'server-only';
import type { DbHandle } from '../db/client';
import { sharedDb } from '../db/shared';

/** The process's one database handle (kept across hot reloads in development). */
export function getDb(): DbHandle {
  return sharedDb();
}
