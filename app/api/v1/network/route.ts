import { cachedByVersion } from '@/lib/server/http-cache';
import {
  badParameters,
  handle,
  intParam,
  json,
  langOf,
  LANG_SPEC,
  networkViewSpec,
  readFilter,
} from '@/lib/server/api';
import { readDb } from '@/lib/server/db';
import { network, NETWORK_DEFAULT_LIMIT, NETWORK_MAX_LIMIT } from '@/lib/server/queries/network';

// Parameters that take exactly one value (checkParams accepts lists, which mean nothing here).
const SINGLE = ['focus', 'depth', 'edges'] as const;

export function GET(request: Request) {
  return cachedByVersion(request, () =>
    handle(async () => {
      const params = new URL(request.url).searchParams;
      const filter = await readFilter(params, (vocabulary) => ({
        limit: { pattern: /^\d+$/, expected: `a number of nodes from 1 to ${NETWORK_MAX_LIMIT}` },
        lang: LANG_SPEC,
        ...networkViewSpec(vocabulary),
      }));
      const multiple = SINGLE.filter((k) => params.getAll(k).join(',').includes(','));
      if (multiple.length)
        throw badParameters(
          multiple.map((k) => ({
            param: k,
            value: params.getAll(k).join(','),
            code: 'unknown_value',
            message: `${k} takes one value.`,
          })),
        );
      const limit = intParam(params, 'limit', NETWORK_DEFAULT_LIMIT, 1, NETWORK_MAX_LIMIT);
      const focus = params.get('focus');
      return json(
        await network(await readDb(), filter, {
          limit,
          lang: langOf(params),
          focus,
          depth: params.get('depth') === '2' ? 2 : 1,
          edges: params.get('edges') === 'memberships' ? 'memberships' : 'records',
        }),
      );
    }),
  );
}
