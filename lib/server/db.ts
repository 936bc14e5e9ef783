import 'server-only';
import { headers } from 'next/headers';
import type { DbHandle, DbTx } from '../db/client';
import { sharedDb } from '../db/shared';

/** The process's one database handle (kept across hot reloads in development). */
export function getDb(): DbHandle {
  return sharedDb();
}

/** better-auth's session cookie (cookiePrefix `atlas`; `__Secure-` on HTTPS). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?atlas\.session_token=/;

/**
 * Who reads from the primary when the deployment has read replicas: anyone signed in (a session
 * cookie) or holding an API token, so staff and automations always see their own writes at once.
 * Anonymous readers, the many, read from the replica. Whether the session is valid does not matter
 * here: a stale cookie only sends one reader to the primary.
 */
export function readsFromPrimary(h: Pick<Headers, 'get'>): boolean {
  return h.get('authorization') !== null || SESSION_COOKIE.test(h.get('cookie') ?? '');
}

/**
 * The database for a public read (pages, embeds, the read API, exports): this process's read replica
 * when there is one and the request is anonymous (see readsFromPrimary), else the primary. Outside a
 * request (scripts, build) it is the primary.
 */
export async function readDb(): Promise<DbTx> {
  const { db, replica } = getDb();
  if (!replica) return db;
  try {
    return readsFromPrimary(await headers()) ? db : replica;
  } catch {
    return db;
  }
}
