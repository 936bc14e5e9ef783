import { cachedByVersion } from '@/lib/server/http-cache';
import { badParameters, checkParams, handle, json, langOf, LANG_SPEC } from '@/lib/server/api';
import { readDb } from '@/lib/server/db';
import { listTopics } from '@/lib/server/queries/topics';

export function GET(request: Request) {
  return cachedByVersion(request, () =>
    handle(async () => {
      const params = new URL(request.url).searchParams;
      const issues = checkParams(params, { lang: LANG_SPEC });
      if (issues.length) throw badParameters(issues);
      return json({ topics: await listTopics(await readDb(), langOf(params)) });
    }),
  );
}
