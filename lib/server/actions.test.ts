// Every server action refuses anonymous callers and callers without the role it needs, and repeats
// Next's same-origin rule. next/headers is replaced by the headers each test sets.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  cookieOf,
  ORIGIN,
  randomIp,
  sampleRecord,
  signIn,
  staffFixture,
  type StaffFixture,
} from '../../test/staff';

let current = new Headers();
vi.mock('next/headers', () => ({ headers: async () => current }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const recordActions = await import('./record-actions');
const adminActions = await import('./admin-actions');

let f: StaffFixture;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  f = await staffFixture();
  for (const role of ['viewer', 'editor', 'admin'] as const)
    cookies[role] = cookieOf(await signIn(f.auth, f.users[role].email, f.users[role].password, randomIp()));
});
afterAll(() => f.cleanup());

function as(who: 'anonymous' | 'viewer' | 'editor' | 'admin', origin = ORIGIN) {
  current = new Headers({ host: 'localhost:3000', origin });
  if (who !== 'anonymous') current.set('cookie', cookies[who]!);
}

const id = () => f.recordId(`a-${Math.random().toString(36).slice(2)}`);
const editorActions = {
  saveRecordAction: () => recordActions.saveRecordAction(null, sampleRecord(id())),
  deleteRecordAction: () => recordActions.deleteRecordAction('no-such', 1),
  restoreRecordAction: () => recordActions.restoreRecordAction('no-such'),
};
const adminOnly = {
  revertChangeAction: () => recordActions.revertChangeAction(999_999_999),
  createUserAction: () =>
    adminActions.createUserAction({
      email: `x-${f.run}@test.invalid`,
      name: '',
      role: 'viewer',
      password: 'long enough pw',
    }),
  setRoleAction: () => adminActions.setRoleAction(f.users.viewer.id, 'admin'),
  setDisabledAction: () => adminActions.setDisabledAction(f.users.viewer.id, true),
  resetPasswordAction: () => adminActions.resetPasswordAction(f.users.viewer.id, 'another long pw'),
  deleteUserAction: () => adminActions.deleteUserAction(f.users.viewer.id),
  createTokenAction: () => adminActions.createTokenAction('t', 'admin'),
  revokeTokenAction: () => adminActions.revokeTokenAction('none'),
};

describe('server actions', () => {
  it('refuse anonymous callers (401) and viewers (403)', async () => {
    for (const [name, call] of Object.entries({ ...editorActions, ...adminOnly })) {
      as('anonymous');
      expect(await call(), `${name} anonymous`).toMatchObject({ ok: false, status: 401 });
      as('viewer');
      expect(await call(), `${name} viewer`).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('refuse editors on admin actions', async () => {
    for (const [name, call] of Object.entries(adminOnly)) {
      as('editor');
      expect(await call(), name).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('refuse a post from another site even with a valid session', async () => {
    as('editor', 'https://evil.example');
    expect(await editorActions.saveRecordAction()).toMatchObject({ ok: false, status: 403 });
  });

  it('let an editor create a record, recorded as made in the editor', async () => {
    as('editor');
    const rid = id();
    expect(await recordActions.saveRecordAction(null, sampleRecord(rid))).toMatchObject({
      ok: true,
      id: rid,
    });
    const audit = await f.h.db.auditEntry.findFirst({ where: { entityId: rid } });
    expect(audit).toMatchObject({ via: 'ui', action: 'create', actorLabel: f.users.editor.email });
  });

  it('let an admin create a token and refuse to demote the last admin', async () => {
    as('admin');
    expect(await adminActions.createTokenAction(`admin test ${f.run}`, 'editor')).toMatchObject({ ok: true });
    await f.h.db.apiToken.deleteMany({ where: { name: `admin test ${f.run}` } });
    const admins = await f.h.db.user.count({ where: { role: 'admin', disabled: false } });
    if (admins === 1)
      expect(await adminActions.setRoleAction(f.users.admin.id, 'viewer')).toMatchObject({ ok: false });
  });
});
