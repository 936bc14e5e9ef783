import { handle, json } from '@/lib/server/api';
import { authorize } from '@/lib/server/auth';
import { getDb } from '@/lib/server/db';
import { recordHistory } from '@/lib/editing/audit';
import { diffRecords } from '@/lib/domain/record-diff';

/** A record's changes, newest first: staff only (it names who made them). */
export function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    await authorize(request, 'viewer');
    const { id } = await ctx.params;
    const entries = await recordHistory(getDb().db, id);
    return json(
      entries.map(({ before, after, ...e }) => ({ ...e, changes: diffRecords(before, after) })),
      { headers: { 'cache-control': 'no-store' } },
    );
  });
}
