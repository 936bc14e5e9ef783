'use server';
// Server actions of the admin pages: users and API tokens. Admin role required for each.
import { revalidatePath } from 'next/cache';
import { createApiToken, revokeApiToken } from '../auth/tokens';
import {
  activeAdminCount,
  createStaffUser,
  deleteStaffUser,
  resetUserPassword,
  setUserDisabled,
  setUserRole,
  UserError,
} from '../auth/users';
import { actionContext, type Denied } from './action-auth';
import { getAuth } from './auth';
import { getDb } from './db';

export type AdminResult = { ok: true; token?: string } | { ok: false; message: string } | Denied;

async function guarded(fn: (userId: string | null) => Promise<AdminResult>): Promise<AdminResult> {
  const auth = await actionContext('admin');
  if (!auth.ok) return auth;
  try {
    const r = await fn(auth.change.principal.userId);
    revalidatePath('/', 'layout');
    return r;
  } catch (err) {
    if (err instanceof UserError || err instanceof Error) return { ok: false, message: err.message };
    throw err;
  }
}

async function keepsAnAdmin(userId: string) {
  const db = getDb().db;
  const user = await db.user.findUnique({ where: { id: userId } });
  return !(user?.role === 'admin' && !user.disabled && (await activeAdminCount(db)) <= 1);
}

export async function createUserAction(input: {
  email: string;
  name: string;
  role: string;
  password: string;
}) {
  return guarded(async () => {
    await createStaffUser(getAuth(), getDb().db, input);
    return { ok: true };
  });
}

export async function setRoleAction(userId: string, role: string) {
  return guarded(async () => {
    if (role !== 'admin' && !(await keepsAnAdmin(userId)))
      return { ok: false, message: 'The last admin cannot lose that role.' };
    await setUserRole(getDb().db, userId, role);
    return { ok: true };
  });
}

export async function setDisabledAction(userId: string, disabled: boolean) {
  return guarded(async () => {
    if (disabled && !(await keepsAnAdmin(userId)))
      return { ok: false, message: 'The last admin cannot be disabled.' };
    await setUserDisabled(getDb().db, userId, disabled);
    return { ok: true };
  });
}

export async function resetPasswordAction(userId: string, password: string) {
  return guarded(async () => {
    await resetUserPassword(getAuth(), getDb().db, userId, password);
    return { ok: true };
  });
}

export async function deleteUserAction(userId: string) {
  return guarded(async () => {
    if (!(await keepsAnAdmin(userId))) return { ok: false, message: 'The last admin cannot be deleted.' };
    await deleteStaffUser(getDb().db, userId);
    return { ok: true };
  });
}

export async function createTokenAction(name: string, role: string) {
  return guarded(async (createdById) => {
    const { token } = await createApiToken(getDb().db, { name, role, createdById });
    return { ok: true, token };
  });
}

export async function revokeTokenAction(id: string) {
  return guarded(async () => {
    await revokeApiToken(getDb().db, id);
    return { ok: true };
  });
}
