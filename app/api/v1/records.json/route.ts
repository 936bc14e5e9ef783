import { cachedByVersion } from '@/lib/server/http-cache';
import { handle, LANG_SPEC, langOf, readFilter } from '@/lib/server/api';
import { downloadHeaders, recordsJson } from '@/lib/server/export';

/** Every filtered record as one JSON document: { meta, items }. */
export function GET(request: Request) {
  return cachedByVersion(
    request,
    () =>
      handle(async () => {
        const url = new URL(request.url);
        const filter = await readFilter(url.searchParams, { lang: LANG_SPEC });
        const body = await recordsJson({ filter, lang: langOf(url.searchParams), origin: url.origin });
        return new Response(body, { headers: downloadHeaders('records', 'application/json; charset=utf-8') });
      }),
    // Streamed: never held in memory whole.
    { shared: false },
  );
}
