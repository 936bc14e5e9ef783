import { checkParams, badParameters, handle, json, langOf, LANG_SPEC, notFound } from '@/lib/server/api';
import { getDb } from '@/lib/server/db';
import { getRecord } from '@/lib/server/queries/records';

export function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const params = new URL(request.url).searchParams;
    const issues = checkParams(params, { lang: LANG_SPEC });
    if (issues.length) throw badParameters(issues);
    const { id } = await ctx.params;
    const record = await getRecord(getDb().db, id, langOf(params));
    if (!record) throw notFound('record', id);
    return json(record);
  });
}
