// An admin undoes one change. Only the latest change of a record can be reverted, so a revert never
// silently throws away later work: revert those first (each revert is itself a change, audited, and
// can be reverted in turn).
import { recordInputSchema } from '../domain/record-input';
import type { Db } from '../db/client';
import { addRecords, removeRecords } from '../db/rollups';
import { writeAudit, type ChangeContext } from './audit';
import { invalid, type WriteResult } from './commands';
import { loadRefIndex, referenceIssues } from './refs';
import { loadRecord } from './snapshot';
import { replaceRecord } from './store';

export async function revertChange(db: Db, entryId: number, ctx: ChangeContext): Promise<WriteResult> {
  const entry = await db.auditEntry.findUnique({ where: { id: entryId } });
  if (!entry || entry.entityType !== 'record')
    return { ok: false, code: 'not_found', message: `No change #${entryId}.` };
  const id = entry.entityId;
  return db.$transaction(
    async (tx) => {
      const current = await loadRecord(tx, id);
      if (!current) return { ok: false, code: 'not_found', message: `No record with id "${id}".` } as const;
      const latest = await tx.auditEntry.findFirst({
        where: { entityType: 'record', entityId: id },
        orderBy: { id: 'desc' },
        select: { id: true },
      });
      if (latest?.id !== entry.id || current.version !== entry.version)
        return {
          ok: false,
          code: 'conflict',
          message: 'The record changed after this change: revert the later changes first.',
          conflict: { current: current.input, version: current.version, theirs: [], yours: [], by: [] },
        } as const;
      const audit = (after: unknown, version: number) =>
        writeAudit(tx, ctx, {
          entityId: id,
          action: 'revert',
          before: current.deletedAt ? null : current.input,
          after,
          version,
          revertOf: entry.id,
        });
      const version = current.version + 1;
      // Undoing a create or a restore deletes; undoing a delete restores.
      if (
        entry.action === 'create' ||
        entry.action === 'restore' ||
        (entry.action === 'revert' && !entry.before)
      ) {
        if (current.deletedAt) return { ok: false, code: 'not_found', message: 'Already deleted.' } as const;
        await removeRecords(tx, [id]);
        await tx.cooperationRecord.update({ where: { id }, data: { deletedAt: new Date(), version } });
        await audit(null, version);
        return { ok: true, id, version } as const;
      }
      if (entry.action === 'delete' || (entry.action === 'revert' && !entry.after)) {
        await tx.cooperationRecord.update({ where: { id }, data: { deletedAt: null, version } });
        await addRecords(tx, [id]);
        await audit(current.input, version);
        return { ok: true, id, version } as const;
      }
      // An update (or a revert of one): write the earlier content back as a new version.
      const parsed = recordInputSchema.safeParse(JSON.parse(entry.before ?? 'null'));
      if (!parsed.success)
        return invalid([{ path: '(record)', message: 'The earlier version no longer passes validation.' }]);
      const refs = await loadRefIndex(tx);
      const issues = referenceIssues(parsed.data, refs);
      if (issues.length) return invalid(issues);
      const next = await replaceRecord(tx, parsed.data, refs, current.version);
      if (next === null)
        return { ok: false, code: 'not_found', message: 'The record is deleted: restore it first.' } as const;
      await audit(parsed.data, next);
      return { ok: true, id, version: next } as const;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
