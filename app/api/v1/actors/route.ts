import { cachedByVersion } from '@/lib/server/http-cache';
import { ACTOR_KINDS } from '@/lib/domain/vocab';
import { badParameters, checkParams, handle, json, langOf, LANG_SPEC } from '@/lib/server/api';
import { readDb } from '@/lib/server/db';
import { listActors } from '@/lib/server/queries/actors';

export function GET(request: Request) {
  return cachedByVersion(request, () =>
    handle(async () => {
      const params = new URL(request.url).searchParams;
      const issues = checkParams(params, {
        kind: { values: ACTOR_KINDS, expected: ACTOR_KINDS.join(', ') },
        q: { pattern: /^.{0,200}$/s, expected: 'text of at most 200 characters' },
        lang: LANG_SPEC,
      });
      if (issues.length) throw badParameters(issues);
      const kind = params
        .getAll('kind')
        .flatMap((k) => k.split(','))
        .map((k) => k.trim())
        .filter(Boolean);
      const items = await listActors(await readDb(), { kind, q: params.get('q'), lang: langOf(params) });
      return json({ total: items.length, items });
    }),
  );
}
