// ETag helpers shared by the read API (http-cache.ts) and the embeds (lib/security/embed-cache.ts, used
// by proxy.ts): no `server-only` marker, so the proxy can import them.
import { createHash } from 'node:crypto';

/** A short, stable hash for an ETag. */
export const etagHash = (s: string | Uint8Array) =>
  createHash('sha1').update(s).digest('base64url').slice(0, 22);

/** Whether an If-None-Match header names this ETag (weak comparison, as for GET and HEAD). */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}
