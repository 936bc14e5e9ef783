import { cachedByVersion } from '@/lib/server/http-cache';
import { handle, json, LANG_SPEC, readFilter } from '@/lib/server/api';
import { readDb } from '@/lib/server/db';
import { summary } from '@/lib/server/queries/summary';

export function GET(request: Request) {
  return cachedByVersion(request, () =>
    handle(async () => {
      const params = new URL(request.url).searchParams;
      const filter = await readFilter(params, { lang: LANG_SPEC });
      return json(await summary(await readDb(), filter));
    }),
  );
}
