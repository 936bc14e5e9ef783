import { cachedByVersion } from '@/lib/server/http-cache';
import { handle, LANG_SPEC, langOf, readFilter } from '@/lib/server/api';
import { countriesCsv, downloadHeaders } from '@/lib/server/export';

/** Records per participating state for the filter, as CSV. */
export function GET(request: Request) {
  return cachedByVersion(request, () =>
    handle(async () => {
      const url = new URL(request.url);
      const filter = await readFilter(url.searchParams, {
        lang: LANG_SPEC,
        bom: { values: ['0', '1'], expected: '0 or 1' },
      });
      const body = await countriesCsv({
        filter,
        lang: langOf(url.searchParams),
        origin: url.origin,
        bom: url.searchParams.get('bom') === '1',
      });
      return new Response(body, { headers: downloadHeaders('countries', 'text/csv; charset=utf-8') });
    }),
  );
}
