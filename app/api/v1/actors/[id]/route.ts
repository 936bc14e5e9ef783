import { cachedByBody } from '@/lib/server/http-cache';
import { badParameters, checkParams, handle, json, langOf, LANG_SPEC, notFound } from '@/lib/server/api';
import { readDb } from '@/lib/server/db';
import { getActor } from '@/lib/server/queries/actors';

export function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return cachedByBody(request, () =>
    handle(async () => {
      const params = new URL(request.url).searchParams;
      const issues = checkParams(params, { lang: LANG_SPEC });
      if (issues.length) throw badParameters(issues);
      const { id } = await ctx.params;
      const actor = await getActor(await readDb(), id, langOf(params));
      if (!actor) throw notFound('actor', id);
      return json(actor);
    }),
  );
}
