// The record write commands shared by the editor's server actions, the write API and the command
// line: validate with the one record schema, check references, write in one transaction, audit.
import type { FieldIssue } from '../domain/api';
import { fieldIssues } from '../domain/field-issues';
import { diffRecords, type FieldChange, type RecordSnapshot } from '../domain/record-diff';
import { withDefaultIds } from '../domain/record-ids';
import { recordInputSchema, type RecordInput } from '../domain/record-input';
import type { Db } from '../db/client';
import { addRecords, removeRecords } from '../db/rollups';
import { snapshotAtVersion, writeAudit, type ChangeContext } from './audit';
import { loadRefIndex, referenceIssues } from './refs';
import { loadRecord } from './snapshot';
import { insertRecord, replaceRecord } from './store';

export interface Conflict {
  /** The record as stored now, for the form to show and start again from. */
  current: RecordInput;
  version: number;
  /** What others changed since the version the editor started from. */
  theirs: FieldChange[];
  /** Where the refused save differs from what is stored now. */
  yours: FieldChange[];
  /** Who saved since, newest first. */
  by: Array<{ who: string; at: string; via: string }>;
}

export type WriteResult =
  | { ok: true; id: string; version: number }
  | { ok: false; code: 'invalid'; message: string; fields: FieldIssue[] }
  | { ok: false; code: 'not_found'; message: string }
  | { ok: false; code: 'conflict'; message: string; conflict: Conflict };

const TX = { timeout: 30_000, maxWait: 10_000 };

export function invalid(fields: FieldIssue[]): WriteResult {
  const n = fields.length;
  return {
    ok: false,
    code: 'invalid',
    message: `The record has ${n} problem${n === 1 ? '' : 's'}: ${fields.map((f) => `${f.path}: ${f.message}`).join(' ')}`,
    fields,
  };
}

/** Schema validation only (shape, dates, vocabularies): what the form can also check in the browser. */
export function parseRecord(
  raw: unknown,
): { ok: true; input: RecordInput } | { ok: false; fields: FieldIssue[] } {
  const parsed = recordInputSchema.safeParse(withDefaultIds(raw));
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, fields: fieldIssues(parsed.error) };
}

export async function createRecord(db: Db, raw: unknown, ctx: ChangeContext): Promise<WriteResult> {
  const parsed = parseRecord(raw);
  if (!parsed.ok) return invalid(parsed.fields);
  const input = parsed.input;
  return db.$transaction(async (tx) => {
    const refs = await loadRefIndex(tx);
    const issues = referenceIssues(input, refs);
    if (await tx.cooperationRecord.findUnique({ where: { id: input.id }, select: { id: true } }))
      issues.unshift({ path: 'id', message: `A record with the id "${input.id}" already exists.` });
    if (issues.length) return invalid(issues);
    await insertRecord(tx, input, refs, ctx.via === 'import' ? 'import' : 'editor');
    await writeAudit(tx, ctx, {
      entityId: input.id,
      action: 'create',
      before: null,
      after: input,
      version: 1,
    });
    return { ok: true, id: input.id, version: 1 } as const;
  }, TX);
}

async function conflictFor(db: Db, id: string, baseVersion: number, submitted: RecordSnapshot | null) {
  const current = await loadRecord(db, id);
  if (!current) return null;
  const base = await snapshotAtVersion(db, id, baseVersion);
  const since = await db.auditEntry.findMany({
    where: { entityType: 'record', entityId: id, version: { gt: baseVersion } },
    orderBy: { id: 'desc' },
    select: { actorLabel: true, at: true, via: true },
  });
  const conflict: Conflict = {
    current: current.input,
    version: current.version,
    theirs: base ? diffRecords(base, current.input) : [],
    yours: submitted ? diffRecords(current.input, submitted) : [],
    by: since.map((s) => ({ who: s.actorLabel, at: s.at.toISOString(), via: s.via })),
  };
  const who = conflict.by[0] ? ` by ${conflict.by[0].who}` : '';
  return {
    ok: false,
    code: 'conflict',
    message: current.deletedAt
      ? `This record was deleted${who} while you were editing it.`
      : `This record was changed${who} while you were editing it (you edited version ${baseVersion}; it is now at version ${current.version}). Your changes were not saved.`,
    conflict,
  } as const;
}

export async function updateRecord(
  db: Db,
  id: string,
  expectedVersion: number,
  raw: unknown,
  ctx: ChangeContext,
): Promise<WriteResult> {
  const parsed = parseRecord(raw && typeof raw === 'object' ? { ...raw, id } : raw);
  if (!parsed.ok) return invalid(parsed.fields);
  const input = parsed.input;
  const result = await db.$transaction(async (tx) => {
    const before = await loadRecord(tx, id);
    if (!before) return { ok: false, code: 'not_found', message: `No record with id "${id}".` } as const;
    const refs = await loadRefIndex(tx);
    const issues = referenceIssues(input, refs);
    if (issues.length) return invalid(issues);
    const version = await replaceRecord(tx, input, refs, expectedVersion);
    if (version === null) return null;
    await writeAudit(tx, ctx, {
      entityId: id,
      action: 'update',
      before: before.input,
      after: input,
      version,
    });
    return { ok: true, id, version } as const;
  }, TX);
  return result ?? (await conflictFor(db, id, expectedVersion, input))!;
}

/** Soft delete (restorable). With `expectedVersion`, refuses if the record changed meanwhile. */
export async function deleteRecord(
  db: Db,
  id: string,
  ctx: ChangeContext,
  expectedVersion?: number,
): Promise<WriteResult> {
  const result = await db.$transaction(async (tx) => {
    const before = await loadRecord(tx, id);
    if (!before || before.deletedAt)
      return { ok: false, code: 'not_found', message: `No record with id "${id}".` } as const;
    await removeRecords(tx, [id]);
    const done = await tx.cooperationRecord.updateMany({
      where: { id, deletedAt: null, version: expectedVersion ?? before.version },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (done.count === 0) {
      await addRecords(tx, [id]);
      return null;
    }
    const version = (expectedVersion ?? before.version) + 1;
    await writeAudit(tx, ctx, { entityId: id, action: 'delete', before: before.input, after: null, version });
    return { ok: true, id, version } as const;
  }, TX);
  return result ?? (await conflictFor(db, id, expectedVersion ?? 0, null))!;
}

export async function restoreRecord(db: Db, id: string, ctx: ChangeContext): Promise<WriteResult> {
  return db.$transaction(async (tx) => {
    const before = await loadRecord(tx, id);
    if (!before || !before.deletedAt)
      return { ok: false, code: 'not_found', message: `No deleted record with id "${id}".` } as const;
    const version = before.version + 1;
    await tx.cooperationRecord.update({ where: { id }, data: { deletedAt: null, version } });
    await addRecords(tx, [id]);
    await writeAudit(tx, ctx, {
      entityId: id,
      action: 'restore',
      before: null,
      after: before.input,
      version,
    });
    return { ok: true, id, version } as const;
  }, TX);
}
