import 'server-only';
// Conditional GET for the read API. Every ETag is the hash of the answer's own bytes, so a write changes
// exactly the ETags of the answers it changes: after a write to a Vietnamese record, France's timeline
// keeps its ETag and a browser or CDN revalidating it still gets 304. Answers determined by the data and
// the address also remember, per process, which ETag they had at the current data versions
// (lib/db/data-version.ts): while nothing was written, a repeat request with If-None-Match costs one
// tiny query and gets 304 without any work; after a write, the first revalidation computes the answer
// once to see whether it changed. Browsers and CDNs may store the answers but must revalidate them
// (no-cache), so a write shows up at once.
import { readVersions } from '../db/data-version';
import { readDb } from './db';
import { etagHash as hash, etagMatches } from './etag';

const isPrivate = () => process.env.PRIVATE === '1';

function cacheHeaders(etag: string): Record<string, string> {
  return {
    etag,
    'cache-control': isPrivate() ? 'private, no-cache' : 'public, no-cache',
    vary: 'Accept-Encoding, Cookie, Authorization',
  };
}

const matches = (request: Request, etag: string) => etagMatches(request.headers.get('if-none-match'), etag);

function withHeaders(res: Response, headers: Record<string, string>): Response {
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

interface Answer {
  status: number;
  headers: Array<[string, string]>;
  body: ArrayBuffer;
  /** Made once, for every request that shares the answer. */
  etag?: string;
}

/** Answers being computed, by data versions and address. Nothing stays once it is answered. */
const inFlight = new Map<string, Promise<Answer>>();

/** The ETag each address had at given data versions (per process, the most recent few thousand). */
const known = new Map<string, string>();
const KNOWN_MAX = 5_000;

function remember(key: string, etag: string) {
  known.delete(key);
  known.set(key, etag);
  if (known.size > KNOWN_MAX) known.delete(known.keys().next().value!);
}

const bodyEtag = (body: ArrayBuffer) => `W/"${hash(new Uint8Array(body))}"`;

/**
 * One computation for identical requests that arrive while it runs: they share its answer. A dashboard
 * opened by a room of people, or a busy embed, asks the same questions at once; each would otherwise
 * take its own turn at the database. The key holds the data versions, so a request that arrives after
 * a write never waits for an answer computed before it. Nothing is kept after the answer is sent.
 */
function shared(key: string, compute: () => Promise<Response>): Promise<Answer> {
  let answer = inFlight.get(key);
  if (!answer) {
    answer = (async () => {
      const res = await compute();
      return {
        status: res.status,
        headers: [...res.headers.entries()],
        body: await res.arrayBuffer(),
      };
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, answer);
  }
  return answer;
}

/**
 * For answers determined by the data and the address: 304 before any work when nothing was written
 * since this answer's ETag was made, 304 after computing it when a write left it unchanged, and one
 * computation for identical requests in flight at once. Streamed exports (`shared: false`) are not held
 * in memory whole, so they cannot be hashed: their ETag is made from the data versions and the address,
 * and any record write changes it.
 */
export async function cachedByVersion(
  request: Request,
  compute: () => Promise<Response>,
  opts: { shared?: boolean } = {},
): Promise<Response> {
  const url = new URL(request.url);
  let versions: string;
  try {
    versions = await readVersions(await readDb());
  } catch {
    // Without versions there is no safe ETag: answer uncached (the handler reports its own errors).
    return compute();
  }
  const key = `${versions}|${url.pathname}?${url.searchParams.toString()}`;
  if (opts.shared === false) {
    const etag = `W/"${hash(key)}"`;
    if (matches(request, etag)) return new Response(null, { status: 304, headers: cacheHeaders(etag) });
    const res = await compute();
    return res.status === 200 ? withHeaders(res, cacheHeaders(etag)) : res;
  }
  const before = known.get(key);
  if (before && matches(request, before))
    return new Response(null, { status: 304, headers: cacheHeaders(before) });
  const answer = await shared(key, compute);
  if (answer.status !== 200)
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  const etag = (answer.etag ??= bodyEtag(answer.body));
  remember(key, etag);
  if (matches(request, etag)) return new Response(null, { status: 304, headers: cacheHeaders(etag) });
  return withHeaders(new Response(answer.body, { status: 200, headers: answer.headers }), cacheHeaders(etag));
}

/** For answers about one thing: the ETag is the hash of the answer itself. */
export async function cachedByBody(request: Request, compute: () => Promise<Response>): Promise<Response> {
  const res = await compute();
  if (res.status !== 200) return res;
  const body = new Uint8Array(await res.arrayBuffer());
  const etag = `"${hash(body)}"`;
  const headers = Object.fromEntries(res.headers.entries());
  if (matches(request, etag)) return new Response(null, { status: 304, headers: { ...cacheHeaders(etag) } });
  return new Response(body, { status: 200, headers: { ...headers, ...cacheHeaders(etag) } });
}
