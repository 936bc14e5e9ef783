// Test fixture for the staff features: a private database (SQLite copy, or the shared PostgreSQL with
// unique ids), installed as the app's shared handle; one user and one API token per role; helpers to
// build requests; and cleanup of everything the tests created (CI reuses the PostgreSQL database).
import { randomBytes, randomUUID } from 'node:crypto';
import { createAuth, type Auth } from '../lib/auth/auth';
import { ROLES, type Role } from '../lib/auth/roles';
import { createApiToken } from '../lib/auth/tokens';
import { createStaffUser } from '../lib/auth/users';
import { purgeRecords } from '../lib/db/rollups';
import { testDb } from './db';

process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString('hex');

export const ORIGIN = 'http://localhost:3000';

export interface StaffFixture {
  h: ReturnType<typeof testDb>;
  auth: Auth;
  run: string;
  tokens: Record<Role, string>;
  users: Record<Role, { id: string; email: string; password: string }>;
  /** A fresh unique record id (cleaned up afterwards). */
  recordId: (name: string) => string;
  cleanup: () => Promise<void>;
}

export async function staffFixture(): Promise<StaffFixture> {
  const h = testDb();
  const holder = globalThis as Record<string, unknown>;
  holder.__compactAtlasDb = h;
  const auth = createAuth(h.db, h.engine, { ...process.env, AUTH_RATE_LIMIT: '1' });
  holder.__compactAtlasAuth = auth;
  const run = randomUUID().slice(0, 8);
  const tokens = {} as Record<Role, string>;
  const users = {} as StaffFixture['users'];
  const tokenIds: string[] = [];
  for (const role of ROLES) {
    const password = randomBytes(12).toString('base64url');
    const u = await createStaffUser(auth, h.db, { email: `${role}-${run}@test.invalid`, role, password });
    users[role] = { id: u.id, email: u.email, password };
    const t = await createApiToken(h.db, { name: `test ${role} ${run}`, role, createdById: u.id });
    tokens[role] = t.token;
    tokenIds.push(t.info.id);
  }
  const ids: string[] = [];
  return {
    h,
    auth,
    run,
    tokens,
    users,
    recordId: (name) => {
      const id = `test-${run}-${name}`;
      ids.push(id);
      return id;
    },
    cleanup: async () => {
      const db = h.db;
      const prefix = `test-${run}`;
      await db.auditEntry.deleteMany({ where: { entityId: { startsWith: prefix } } });
      const mine = await db.cooperationRecord.findMany({
        where: { id: { startsWith: prefix } },
        select: { id: true },
      });
      await purgeRecords(
        db,
        mine.map((r) => r.id),
      );
      await db.source.deleteMany({ where: { id: { startsWith: prefix } } });
      await db.apiToken.deleteMany({ where: { id: { in: tokenIds } } });
      await db.user.deleteMany({ where: { email: { endsWith: `-${run}@test.invalid` } } });
      delete holder.__compactAtlasDb;
      delete holder.__compactAtlasAuth;
      await h.cleanup();
    },
  };
}

export { sampleRecord } from './sample-record';

export function apiRequest(
  path: string,
  init: {
    method?: string;
    token?: string;
    cookie?: string;
    origin?: string | null;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Request {
  const headers: Record<string, string> = { host: 'localhost:3000', ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.cookie) headers.cookie = init.cookie;
  if (init.origin !== null) headers.origin = init.origin ?? ORIGIN;
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  return new Request(`${ORIGIN}${path}`, { method: init.method ?? 'GET', headers, body });
}

/** Signs in through better-auth's HTTP handler (rate limit included); returns the session cookie. */
export async function signIn(auth: Auth, email: string, password: string, ip: string): Promise<Response> {
  return auth.handler(
    apiRequest('/api/auth/sign-in/email', {
      method: 'POST',
      body: { email, password },
      headers: { 'x-forwarded-for': ip },
    }),
  );
}

export function cookieOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

export const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;
