import 'server-only';
import { headers } from 'next/headers';
import type { DbHandle, DbTx } from '../db/client';
import { readerFor } from '../db/read-routing';
import { sharedDb } from '../db/shared';

/** The process's one database handle (kept across hot reloads in development). */
export function getDb(): DbHandle {
  return sharedDb();
}

/**
 * The database for a public read (pages, embeds, the read API, exports): this process's read replica
 * when there is one and the request is anonymous (lib/db/read-routing.ts), else the primary. Outside a
 * request (scripts, build) it is the primary.
 */
export async function readDb(): Promise<DbTx> {
  const handle = getDb();
  if (!handle.replica) return handle.db;
  try {
    return readerFor(handle, await headers());
  } catch {
    return handle.db;
  }
}
