import { cachedByVersion } from '@/lib/server/http-cache';
import { handle, json, LANG_SPEC, readFilter } from '@/lib/server/api';
import { readDb } from '@/lib/server/db';
import { timeline } from '@/lib/server/queries/timeline';

export function GET(request: Request) {
  return cachedByVersion(request, () =>
    handle(async () => {
      const params = new URL(request.url).searchParams;
      const filter = await readFilter(params, {
        interval: { values: ['auto', 'year', 'month'], expected: 'auto, year or month' },
        stack: { values: ['kind', 'topic'], expected: 'kind or topic' },
        lang: LANG_SPEC,
      });
      const interval = params.get('interval');
      return json(
        await timeline(
          await readDb(),
          filter,
          interval === 'month' || interval === 'auto' ? interval : 'year',
          params.get('stack') === 'topic' ? 'topic' : 'kind',
        ),
      );
    }),
  );
}
