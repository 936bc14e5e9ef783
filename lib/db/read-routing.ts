// Which requests read from the primary when the deployment has read replicas (docs/decisions/0012):
// anyone signed in (better-auth's session cookie, prefix `atlas`, `__Secure-` on HTTPS) or holding an
// API token, so staff and automations always see their own writes at once. Anonymous readers, the many,
// read from the replica. Whether the session is valid does not matter here: a stale cookie only sends
// one reader to the primary. No `server-only` marker: proxy.ts (embed ETags) routes the same way.
import type { DbHandle, DbTx } from './client';

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?atlas\.session_token=/;

export function readsFromPrimary(h: Pick<Headers, 'get'>): boolean {
  return h.get('authorization') !== null || SESSION_COOKIE.test(h.get('cookie') ?? '');
}

/** The database a request with these headers reads from. */
export function readerFor(handle: DbHandle, h: Pick<Headers, 'get'>): DbTx {
  return handle.replica && !readsFromPrimary(h) ? handle.replica : handle.db;
}
