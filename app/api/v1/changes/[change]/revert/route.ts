import { ApiProblem, handle } from '@/lib/server/api';
import { authorize } from '@/lib/server/auth';
import { getDb } from '@/lib/server/db';
import { apiContext, writeResponse } from '@/lib/server/write-api';
import { revertChange } from '@/lib/editing/revert';

/** Undoes one change from a record's history (admin only; only the latest change of a record). */
export function POST(request: Request, ctx: { params: Promise<{ change: string }> }) {
  return handle(async () => {
    const principal = await authorize(request, 'admin');
    const { change } = await ctx.params;
    if (!/^\d+$/.test(change))
      throw new ApiProblem(404, { error: { code: 'not_found', message: `No change #${change}.` } });
    const result = await revertChange(getDb().db, Number(change), apiContext(request, principal));
    return writeResponse(result);
  });
}
