import { handle } from '@/lib/server/api';
import { authorize } from '@/lib/server/auth';
import { getDb } from '@/lib/server/db';
import { apiContext, writeResponse } from '@/lib/server/write-api';
import { restoreRecord } from '@/lib/editing/commands';

/** Brings back a deleted record (editor or admin). */
export function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const principal = await authorize(request, 'editor');
    const { id } = await ctx.params;
    const result = await restoreRecord(getDb().db, id, apiContext(request, principal));
    return writeResponse(result);
  });
}
