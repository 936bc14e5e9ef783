import { cachedByVersion } from '@/lib/server/http-cache';
import { handle, json, LANG_SPEC, readFilter } from '@/lib/server/api';
import { readDb } from '@/lib/server/db';
import { mapCounts } from '@/lib/server/queries/map';

export function GET(request: Request) {
  return cachedByVersion(request, () =>
    handle(async () => {
      const params = new URL(request.url).searchParams;
      const filter = await readFilter(params, { lang: LANG_SPEC });
      return json(await mapCounts(await readDb(), filter));
    }),
  );
}
