// The record write commands: concurrent edits never overwrite silently, deletes are soft and vanish
// from every read, search text and timeline fields follow edits, and an admin's revert undoes a change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../domain/filter';
import { sampleRecord, staffFixture, type StaffFixture } from '../../test/staff';
import { countRecords, getRecord, listRecords } from '../server/queries/records';
import { timeline } from '../server/queries/timeline';
import type { ChangeContext } from './audit';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from './commands';
import { revertChange } from './revert';

let f: StaffFixture;
let alice: ChangeContext;
let bob: ChangeContext;
beforeAll(async () => {
  f = await staffFixture();
  const p = (label: string) => ({
    kind: 'session' as const,
    role: 'admin' as const,
    userId: null,
    tokenId: null,
    label,
    name: label,
  });
  alice = { principal: p('alice@test.invalid'), via: 'ui' };
  bob = { principal: p('bob@test.invalid'), via: 'ui' };
});
afterAll(() => f.cleanup());

const ids = async (q: string) =>
  (
    await listRecords(f.h.db, { ...EMPTY_FILTER, q }, { page: 1, pageSize: 50, sort: '-date', lang: 'en' })
  ).items.map((r) => r.id);

describe('concurrent edits', () => {
  it('refuse the second save with the other editor’s changes, and keep the first', async () => {
    const id = f.recordId('conflict');
    expect(await createRecord(f.h.db, sampleRecord(id), alice)).toMatchObject({ ok: true, version: 1 });
    // Both open version 1; Alice saves first, then Bob.
    const a = await updateRecord(f.h.db, id, 1, sampleRecord(id, { title: 'Alice’s title' }), alice);
    expect(a).toMatchObject({ ok: true, version: 2 });
    const b = await updateRecord(f.h.db, id, 1, sampleRecord(id, { summary: 'Bob’s summary' }), bob);
    expect(b.ok).toBe(false);
    if (b.ok || b.code !== 'conflict') throw new Error('expected a conflict');
    expect(b.message).toContain('alice@test.invalid');
    expect(b.conflict.version).toBe(2);
    expect(b.conflict.theirs).toEqual([
      { field: 'title', before: `Test meeting ${id}`, after: 'Alice’s title' },
    ]);
    expect(b.conflict.yours.map((c) => c.field).sort()).toEqual(['summary', 'title']);
    expect((await getRecord(f.h.db, id, 'en'))!.title).toBe('Alice’s title');
  });

  it('refuse both of two simultaneous saves but one', async () => {
    const id = f.recordId('race');
    await createRecord(f.h.db, sampleRecord(id), alice);
    const results = await Promise.all([
      updateRecord(f.h.db, id, 1, sampleRecord(id, { title: 'One' }), alice),
      updateRecord(f.h.db, id, 1, sampleRecord(id, { title: 'Two' }), bob),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'conflict')).toHaveLength(1);
  });
});

describe('writes keep derived fields right', () => {
  it('updates search text, year and month when the record changes', async () => {
    const id = f.recordId('derived');
    await createRecord(f.h.db, sampleRecord(id, { title: 'Quarzenberg accord' }), alice);
    expect(await ids('quarzenberg')).toEqual([id]);
    expect(await ids('Organisation internationale pour les migrations')).toContain(id);
    await updateRecord(f.h.db, id, 1, sampleRecord(id, { title: 'Zwielicht accord', date: '1999' }), alice);
    expect(await ids('quarzenberg')).toEqual([]);
    expect(await ids('zwielicht')).toEqual([id]);
    const row = await f.h.db.cooperationRecord.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      year: 1999,
      month: null,
      dateStart: '1999-01-01',
      dateEnd: '1999-12-31',
      datePrecision: 'year',
    });
  });

  it('rejects unknown actors, places and topics on their fields', async () => {
    const id = f.recordId('refs');
    const r = await createRecord(
      f.h.db,
      sampleRecord(id, {
        place: 'atlantis',
        topics: ['no-topic'],
        participants: [{ actor: 'XXX', role: 'host', detail: null }],
      }),
      alice,
    );
    expect(r.ok).toBe(false);
    if (r.ok || r.code !== 'invalid') throw new Error('expected invalid');
    expect(r.fields.map((x) => x.path).sort()).toEqual(['participants.0.actor', 'place', 'topics.0']);
  });
});

describe('soft delete', () => {
  it('hides a deleted record from lists, counts, aggregates and search, and restore brings it back', async () => {
    const id = f.recordId('soft');
    await createRecord(f.h.db, sampleRecord(id, { title: 'Blauwerk summit', date: '1901' }), alice);
    const before = await countRecords(f.h.db, EMPTY_FILTER);
    const year = async () =>
      (await timeline(f.h.db, EMPTY_FILTER, 'year')).buckets.find((b) => b.start === '1901')?.count ?? 0;
    expect(await year()).toBe(1);
    expect(await deleteRecord(f.h.db, id, alice, 1)).toMatchObject({ ok: true, version: 2 });
    expect(await ids('blauwerk')).toEqual([]);
    expect(await countRecords(f.h.db, EMPTY_FILTER)).toBe(before - 1);
    expect(await year()).toBe(0);
    expect(await getRecord(f.h.db, id, 'en')).toBeNull();
    expect((await getRecord(f.h.db, id, 'en', { includeDeleted: true }))!.deletedAt).not.toBeNull();
    expect(await restoreRecord(f.h.db, id, alice)).toMatchObject({ ok: true, version: 3 });
    expect(await ids('blauwerk')).toEqual([id]);
  });
});

describe('revert', () => {
  it('undoes the latest change and refuses an older one', async () => {
    const id = f.recordId('revert');
    await createRecord(f.h.db, sampleRecord(id), alice);
    await updateRecord(f.h.db, id, 1, sampleRecord(id, { title: 'First edit' }), alice);
    await updateRecord(f.h.db, id, 2, sampleRecord(id, { title: 'Second edit' }), bob);
    const entries = await f.h.db.auditEntry.findMany({ where: { entityId: id }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(await revertChange(f.h.db, entries[1]!.id, alice)).toMatchObject({ ok: false, code: 'conflict' });
    expect(await revertChange(f.h.db, entries[2]!.id, alice)).toMatchObject({ ok: true, version: 4 });
    expect((await getRecord(f.h.db, id, 'en'))!.title).toBe('First edit');
    const last = await f.h.db.auditEntry.findFirstOrThrow({
      where: { entityId: id },
      orderBy: { id: 'desc' },
    });
    expect(last).toMatchObject({
      action: 'revert',
      revertOf: entries[2]!.id,
      actorLabel: 'alice@test.invalid',
    });
    // Reverting the creation deletes the record (restorable).
    const created = f.recordId('revert-create');
    await createRecord(f.h.db, sampleRecord(created), alice);
    const c = await f.h.db.auditEntry.findFirstOrThrow({ where: { entityId: created } });
    expect(await revertChange(f.h.db, c.id, alice)).toMatchObject({ ok: true });
    expect(await getRecord(f.h.db, created, 'en')).toBeNull();
  });
});
