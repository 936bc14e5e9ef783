import { handle, intParam, json, langOf, LANG_SPEC, readFilter } from '@/lib/server/api';
import { getDb } from '@/lib/server/db';
import { network, NETWORK_DEFAULT_LIMIT, NETWORK_MAX_LIMIT } from '@/lib/server/queries/network';

export function GET(request: Request) {
  return handle(async () => {
    const params = new URL(request.url).searchParams;
    const filter = await readFilter(params, {
      limit: { pattern: /^\d+$/, expected: `a number of nodes from 1 to ${NETWORK_MAX_LIMIT}` },
      lang: LANG_SPEC,
    });
    const limit = intParam(params, 'limit', NETWORK_DEFAULT_LIMIT, 1, NETWORK_MAX_LIMIT);
    return json(await network(getDb().db, filter, { limit, lang: langOf(params) }));
  });
}
