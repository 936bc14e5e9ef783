'use server';
// Server actions of the record editor and the record page. Each checks the role first (401/403 as
// results, never a thrown error), then runs the same write commands as the API.
import { revalidatePath } from 'next/cache';
import {
  createRecord,
  deleteRecord,
  restoreRecord,
  updateRecord,
  type WriteResult,
} from '../editing/commands';
import { revertChange } from '../editing/revert';
import { actionContext, type Denied } from './action-auth';
import { getDb } from './db';

export type ActionResult = WriteResult | Denied;

function done(result: WriteResult): ActionResult {
  if (result.ok) {
    revalidatePath('/', 'layout');
  }
  return result;
}

export async function saveRecordAction(
  target: { id: string; version: number } | null,
  record: unknown,
): Promise<ActionResult> {
  const auth = await actionContext('editor');
  if (!auth.ok) return auth;
  const db = getDb().db;
  return done(
    target
      ? await updateRecord(db, target.id, target.version, record, auth.change)
      : await createRecord(db, record, auth.change),
  );
}

export async function deleteRecordAction(id: string, version: number): Promise<ActionResult> {
  const auth = await actionContext('editor');
  if (!auth.ok) return auth;
  return done(await deleteRecord(getDb().db, id, auth.change, version));
}

export async function restoreRecordAction(id: string): Promise<ActionResult> {
  const auth = await actionContext('editor');
  if (!auth.ok) return auth;
  return done(await restoreRecord(getDb().db, id, auth.change));
}

export async function revertChangeAction(entryId: number): Promise<ActionResult> {
  const auth = await actionContext('admin');
  if (!auth.ok) return auth;
  return done(await revertChange(getDb().db, entryId, auth.change));
}
