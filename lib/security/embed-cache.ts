// Conditional GET for embeds. An embed's HTML depends only on the data, the address, its language and
// the build, so its ETag is made of those: a host page's reader (or a CDN in front of the atlas) that
// asks again with If-None-Match gets 304 before anything renders, and any write changes the ETag.
//
// Why a cached nonce is safe here: the page carries a per-render CSP nonce, and a revalidated copy keeps
// the one it was rendered with (a 304 carries no CSP header, so the stored header and body still agree).
// Content that could inject markup arrives either through a write (which changes the data version, so
// the next request renders afresh with a new nonce) or through the address (which is part of the
// ETag and the cache key, so no one can learn a page's nonce before choosing its address).
// Kept free of `server-only` so that proxy.ts can use it.
import fs from 'node:fs';
import path from 'node:path';
import { readVersions } from '../db/data-version';
import { readerFor } from '../db/read-routing';
import { sharedDb } from '../db/shared';
import { etagHash } from '../server/etag';

let buildId: string | undefined;
function currentBuild(): string {
  if (buildId === undefined) {
    try {
      buildId = fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
    } catch {
      buildId = 'development';
    }
  }
  return buildId;
}

/** The ETag of an embed page, or null when the data versions cannot be read (then nothing is cached). */
export async function embedEtag(
  locale: string,
  pathname: string,
  search: URLSearchParams,
  /** The request's headers: the versions come from the database its page will be read from. */
  headers: Pick<Headers, 'get'>,
): Promise<string | null> {
  let versions: string;
  try {
    versions = await readVersions(readerFor(sharedDb(), headers));
  } catch {
    return null;
  }
  const params = new URLSearchParams(search);
  params.sort();
  const key = `${versions}|${currentBuild()}|${locale}|${pathname}?${params.toString()}`;
  return `W/"${etagHash(key)}"`;
}

export { etagMatches } from '../server/etag';

/** Browsers and CDNs may keep an embed but must ask again each time (a write shows at once). */
export const EMBED_CACHE_CONTROL = 'public, no-cache';
