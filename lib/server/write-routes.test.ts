// Every write route of the API refuses anonymous callers (401) and viewers (403) and lets editors (or,
// for reverts, admins) through; cookie-authenticated writes from another site are refused (CSRF); and
// sign-in attempts are rate-limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_SIGN_IN_LIMIT } from '../auth/account-limit';
import { createStaffUser } from '../auth/users';
import {
  apiRequest,
  cookieOf,
  randomIp,
  sampleRecord,
  signIn,
  staffFixture,
  type StaffFixture,
} from '../../test/staff';
import * as records from '../../app/api/v1/records/route';
import * as record from '../../app/api/v1/records/[id]/route';
import * as restore from '../../app/api/v1/records/[id]/restore/route';
import * as history from '../../app/api/v1/records/[id]/history/route';
import * as revert from '../../app/api/v1/changes/[change]/revert/route';
import * as importRoute from '../../app/api/v1/import/route';

let f: StaffFixture;
beforeAll(async () => {
  f = await staffFixture();
});
afterAll(() => f.cleanup());

const params = <T>(p: T) => ({ params: Promise.resolve(p) });

/** Each write route, called with a given token (or none); returns the status. */
function routes(id: string) {
  const csv = 'id,kind\n';
  return {
    'POST /records': (token?: string) =>
      records.POST(
        apiRequest('/api/v1/records', {
          method: 'POST',
          token,
          body: sampleRecord(f.recordId(`p-${Math.random().toString(36).slice(2)}`)),
        }),
      ),
    'PATCH /records/{id}': (token?: string) =>
      record.PATCH(
        apiRequest(`/api/v1/records/${id}`, {
          method: 'PATCH',
          token,
          body: { ...sampleRecord(id), version: 1 },
        }),
        params({ id }),
      ),
    'DELETE /records/{id}': (token?: string) =>
      record.DELETE(
        apiRequest(`/api/v1/records/${id}?version=99`, { method: 'DELETE', token }),
        params({ id }),
      ),
    'POST /records/{id}/restore': (token?: string) =>
      restore.POST(apiRequest(`/api/v1/records/${id}/restore`, { method: 'POST', token }), params({ id })),
    'POST /changes/{n}/revert': (token?: string) =>
      revert.POST(
        apiRequest('/api/v1/changes/999999999/revert', { method: 'POST', token }),
        params({ change: '999999999' }),
      ),
    'POST /import': (token?: string) =>
      importRoute.POST(
        apiRequest('/api/v1/import?dryRun=1', {
          method: 'POST',
          token,
          body: csv,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
  };
}

describe('write routes', () => {
  it('refuse anonymous callers with 401 and viewers with 403, every one of them', async () => {
    const id = f.recordId('perm');
    for (const [name, call] of Object.entries(routes(id))) {
      expect((await call()).status, `${name} anonymous`).toBe(401);
      expect((await call(f.tokens.viewer)).status, `${name} viewer`).toBe(403);
    }
  });

  it('let editors write, and keep reverts for admins', async () => {
    const id = f.recordId('editor-ok');
    const created = await records.POST(
      apiRequest('/api/v1/records', { method: 'POST', token: f.tokens.editor, body: sampleRecord(id) }),
    );
    expect(created.status).toBe(201);
    const patched = await record.PATCH(
      apiRequest(`/api/v1/records/${id}`, {
        method: 'PATCH',
        token: f.tokens.editor,
        body: { ...sampleRecord(id, { title: 'Renamed by the API' }), version: 1 },
      }),
      params({ id }),
    );
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ id, version: 2 });
    const entries = await f.h.db.auditEntry.findMany({ where: { entityId: id }, orderBy: { id: 'desc' } });
    expect(entries.map((e) => [e.action, e.via, e.actorLabel])).toEqual([
      ['update', 'api', `token: test editor ${f.run}`],
      ['create', 'api', `token: test editor ${f.run}`],
    ]);
    const change = String(entries[0]!.id);
    const asEditor = await revert.POST(
      apiRequest(`/api/v1/changes/${change}/revert`, { method: 'POST', token: f.tokens.editor }),
      params({ change }),
    );
    expect(asEditor.status).toBe(403);
    const asAdmin = await revert.POST(
      apiRequest(`/api/v1/changes/${change}/revert`, { method: 'POST', token: f.tokens.admin }),
      params({ change }),
    );
    expect(asAdmin.status).toBe(200);
    const hist = await history.GET(
      apiRequest(`/api/v1/records/${id}/history`, { token: f.tokens.viewer }),
      params({ id }),
    );
    expect(((await hist.json()) as Array<{ action: string }>).map((e) => e.action)).toEqual([
      'revert',
      'update',
      'create',
    ]);
    const deleted = await record.DELETE(
      apiRequest(`/api/v1/records/${id}`, { method: 'DELETE', token: f.tokens.editor }),
      params({ id }),
    );
    expect(deleted.status).toBe(200);
    const restored = await restore.POST(
      apiRequest(`/api/v1/records/${id}/restore`, { method: 'POST', token: f.tokens.editor }),
      params({ id }),
    );
    expect(restored.status).toBe(200);
  });

  it('answer a revoked or unknown token with 401', async () => {
    const res = await records.POST(
      apiRequest('/api/v1/records', {
        method: 'POST',
        token: 'atl_not-a-real-token',
        body: sampleRecord(f.recordId('x')),
      }),
    );
    expect(res.status).toBe(401);
  });

  it('return per-field problems (422) for an invalid record, naming the field', async () => {
    const res = await records.POST(
      apiRequest('/api/v1/records', {
        method: 'POST',
        token: f.tokens.editor,
        body: { ...sampleRecord(f.recordId('bad')), date: '2024-02-30', participants: [], sources: [] },
      }),
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { fields: Array<{ path: string }> } };
    expect(body.error.fields.map((x) => x.path).sort()).toEqual(['date', 'participants', 'sources']);
  });
});

describe('session cookies', () => {
  it('are httpOnly and SameSite=Lax', async () => {
    const res = await signIn(f.auth, f.users.editor.email, f.users.editor.password, randomIp());
    expect(res.status).toBe(200);
    const set = res.headers.getSetCookie().find((c) => c.includes('session_token'))!;
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Lax/i);
  });

  it('authenticate same-site writes and refuse cross-site ones (CSRF)', async () => {
    const cookie = cookieOf(await signIn(f.auth, f.users.editor.email, f.users.editor.password, randomIp()));
    const post = (origin: string | null, extra: Record<string, string> = {}) =>
      records.POST(
        apiRequest('/api/v1/records', {
          method: 'POST',
          cookie,
          origin,
          body: sampleRecord(f.recordId(`c-${Math.random().toString(36).slice(2)}`)),
          headers: extra,
        }),
      );
    expect((await post('https://evil.example')).status).toBe(403);
    expect((await post(null)).status).toBe(403);
    expect((await post(null, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const ok = await post('http://localhost:3000');
    expect(ok.status).toBe(201);
    const audit = await f.h.db.auditEntry.findFirst({
      where: { entityId: ((await ok.json()) as { id: string }).id },
    });
    expect(audit).toMatchObject({ via: 'ui', actorLabel: f.users.editor.email });
  });

  it('do not let a viewer write either', async () => {
    const cookie = cookieOf(await signIn(f.auth, f.users.viewer.email, f.users.viewer.password, randomIp()));
    const res = await records.POST(
      apiRequest('/api/v1/records', { method: 'POST', cookie, body: sampleRecord(f.recordId('v')) }),
    );
    expect(res.status).toBe(403);
  });
});

describe('sign-in', () => {
  it('is rate-limited per address: the sixth attempt within a minute gets 429, even with the right password', async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await signIn(f.auth, f.users.admin.email, 'wrong password!!', ip)).status);
    expect(statuses.every((s) => s === 401)).toBe(true);
    expect((await signIn(f.auth, f.users.admin.email, f.users.admin.password, ip)).status).toBe(429);
    // Another address is not affected.
    expect((await signIn(f.auth, f.users.admin.email, f.users.admin.password, randomIp())).status).toBe(200);
  });

  it('is rate-limited per account too: new addresses on every attempt (a client setting its own X-Forwarded-For) do not get past it', async () => {
    const email = `limited-${f.run}@test.invalid`;
    const password = 'a long and right password';
    await createStaffUser(f.auth, f.h.db, { email, role: 'viewer', password });
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_SIGN_IN_LIMIT.max; i++)
      statuses.push((await signIn(f.auth, email, 'wrong password!!', randomIp())).status);
    expect(statuses.every((s) => s === 401)).toBe(true);
    const refused = await signIn(f.auth, email, password, randomIp());
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).message).toMatch(/Too many sign-in attempts for this account/);
    // Other accounts are not affected.
    expect((await signIn(f.auth, f.users.editor.email, f.users.editor.password, randomIp())).status).toBe(
      200,
    );
  });

  it('refuses a disabled account', async () => {
    await f.h.db.user.update({ where: { id: f.users.viewer.id }, data: { disabled: true } });
    const res = await signIn(f.auth, f.users.viewer.email, f.users.viewer.password, randomIp());
    expect(res.status).not.toBe(200);
    await f.h.db.user.update({ where: { id: f.users.viewer.id }, data: { disabled: false } });
  });
});
