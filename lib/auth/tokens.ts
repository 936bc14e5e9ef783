// API tokens for automation: `Authorization: Bearer atl_…`. The secret is shown once; only its
// SHA-256 is stored (a fast hash is right here: the secret is 256 random bits, not a password).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../db/client';
import { isRole, type Role } from './roles';

export const TOKEN_PREFIX = 'atl_';

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export interface ApiTokenInfo {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: string | null;
}

export async function createApiToken(
  db: Db,
  input: { name: string; role: string; createdById?: string | null },
): Promise<{ token: string; info: ApiTokenInfo }> {
  const name = input.name.trim();
  if (!name) throw new Error('Give the token a name (what it is for).');
  if (!isRole(input.role)) throw new Error('The role must be viewer, editor or admin.');
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await db.apiToken.create({
    data: {
      id: randomUUID(),
      name,
      role: input.role,
      tokenHash: hashToken(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      createdById: input.createdById ?? null,
    },
    include: { createdBy: { select: { email: true } } },
  });
  return { token, info: toInfo(row) };
}

function toInfo(row: {
  id: string;
  name: string;
  prefix: string;
  role: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { email: string } | null;
}): ApiTokenInfo {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: isRole(row.role) ? row.role : 'viewer',
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    createdBy: row.createdBy?.email ?? null,
  };
}

export async function listApiTokens(db: Db): Promise<ApiTokenInfo[]> {
  const rows = await db.apiToken.findMany({
    orderBy: { createdAt: 'desc' },
    include: { createdBy: { select: { email: true } } },
  });
  return rows.map(toInfo);
}

export async function revokeApiToken(db: Db, id: string): Promise<void> {
  await db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** The live token a Bearer secret names, or null (unknown, revoked or expired). */
export async function findApiToken(db: Db, secret: string) {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(secret) } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt < new Date()) || !isRole(row.role))
    return null;
  // Recording every use would turn each read into a write; once a minute is enough to see activity.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000)
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return { id: row.id, name: row.name, role: row.role as Role };
}
