import 'server-only';
// Conditional GET for the read API. Answers that depend only on the data and the address get an ETag
// from the data versions (lib/db/data-version.ts): a repeat request with If-None-Match costs one tiny
// query and gets 304. Answers about one thing (a record, an actor) get an ETag from their own bytes,
// so that changing one record never invalidates another's. Browsers and CDNs may store the answers
// but must revalidate them (no-cache), so a write shows up at once.
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
}

/** Answers being computed, by ETag (data versions and address). Nothing stays once it is answered. */
const inFlight = new Map<string, Promise<Answer>>();

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
 * For answers determined by the data and the address: 304 before any work when nothing changed, and
 * one computation for identical requests in flight at once (`shared: false` for streamed exports, which
 * must not be held in memory whole).
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
  const etag = `W/"${hash(`${versions}|${url.pathname}?${url.searchParams.toString()}`)}"`;
  if (matches(request, etag)) return new Response(null, { status: 304, headers: cacheHeaders(etag) });
  const res =
    opts.shared === false
      ? await compute()
      : await shared(etag, compute).then(
          (a) => new Response(a.body, { status: a.status, headers: a.headers }),
        );
  return res.status === 200 ? withHeaders(res, cacheHeaders(etag)) : res;
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
