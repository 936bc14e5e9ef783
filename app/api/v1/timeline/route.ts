import { handle, json, LANG_SPEC, readFilter } from '@/lib/server/api';
import { getDb } from '@/lib/server/db';
import { timeline } from '@/lib/server/queries/timeline';

export function GET(request: Request) {
  return handle(async () => {
    const params = new URL(request.url).searchParams;
    const filter = await readFilter(params, {
      interval: { values: ['year', 'month'], expected: 'year or month' },
      lang: LANG_SPEC,
    });
    const interval = params.get('interval') === 'month' ? 'month' : 'year';
    return json(await timeline(getDb().db, filter, interval));
  });
}
