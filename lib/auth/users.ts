// Staff accounts: created by an admin (in the app) or from the command line (`npm run user:create`),
// both through these functions, with better-auth hashing the password (scrypt).
import type { Db } from '../db/client';
import type { Auth } from './auth';
import { MIN_PASSWORD_LENGTH } from './auth';
import { isRole, type Role } from './roles';

export class UserError extends Error {
  constructor(
    readonly field: 'email' | 'password' | 'role' | 'name' | 'user',
    message: string,
  ) {
    super(message);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
}

function checkPassword(password: string) {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new UserError('password', `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
}

export async function createStaffUser(
  auth: Auth,
  db: Db,
  input: { email: string; name?: string; role: string; password: string },
): Promise<StaffUser> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new UserError('email', `"${input.email}" is not an e-mail address.`);
  if (!isRole(input.role)) throw new UserError('role', 'The role must be viewer, editor or admin.');
  checkPassword(input.password);
  if (await db.user.findUnique({ where: { email } }))
    throw new UserError('email', `An account for ${email} already exists.`);
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(input.password);
  const user = await ctx.internalAdapter.createUser(
    {
      email,
      name: input.name?.trim() || email.split('@')[0]!,
      emailVerified: true,
      role: input.role,
      disabled: false,
    },
    { method: 'admin' },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: hash,
  });
  return toStaffUser(await db.user.findUniqueOrThrow({ where: { id: user.id } }));
}

function toStaffUser(u: {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  createdAt: Date;
}): StaffUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: isRole(u.role) ? u.role : 'viewer',
    disabled: u.disabled,
    createdAt: u.createdAt,
  };
}

export async function listStaffUsers(db: Db): Promise<StaffUser[]> {
  return (await db.user.findMany({ orderBy: { email: 'asc' } })).map(toStaffUser);
}

/** Changes a role; the account's sessions end so the new role applies at once. */
export async function setUserRole(db: Db, userId: string, role: string) {
  if (!isRole(role)) throw new UserError('role', 'The role must be viewer, editor or admin.');
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { role } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
}

export async function setUserDisabled(db: Db, userId: string, disabled: boolean) {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { disabled } }),
    ...(disabled ? [db.session.deleteMany({ where: { userId } })] : []),
  ]);
}

export async function resetUserPassword(auth: Auth, db: Db, userId: string, password: string) {
  checkPassword(password);
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(password);
  const account = await db.account.findFirst({ where: { userId, providerId: 'credential' } });
  if (account) await db.account.update({ where: { id: account.id }, data: { password: hash } });
  else
    await ctx.internalAdapter.linkAccount({
      userId,
      providerId: 'credential',
      accountId: userId,
      password: hash,
    });
  await db.session.deleteMany({ where: { userId } });
}

/** Removes an account; its changes stay in the audit trail under its e-mail address. */
export async function deleteStaffUser(db: Db, userId: string) {
  await db.user.delete({ where: { id: userId } });
}

/** Admins left who can sign in: the last one cannot be demoted, disabled or deleted. */
export async function activeAdminCount(db: Db): Promise<number> {
  return db.user.count({ where: { role: 'admin', disabled: false } });
}
