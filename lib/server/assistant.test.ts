// The assistant's dictionary is built once per process and shared, and rebuilt when actors change:
// at once after an in-process import (invalidateAssistantDictionary), and through the audit stamp after
// a change made by another process (`npm run import`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../test/db';
import { getAssistantDictionary, invalidateAssistantDictionary } from './assistant';

let h: ReturnType<typeof testDb>;
beforeAll(() => {
  h = testDb();
  invalidateAssistantDictionary();
});
afterAll(async () => {
  // PostgreSQL runs share one database: leave nothing behind.
  await h.db.auditEntry.deleteMany({ where: { entityType: 'actor', entityId: 'test-stamp-body' } });
  await h.db.actor.deleteMany({ where: { id: 'test-stamp-body' } });
  invalidateAssistantDictionary();
  await h.cleanup();
});

describe('the assistant dictionary', () => {
  it('is built once: concurrent and later callers share it', async () => {
    const [a, b] = await Promise.all([getAssistantDictionary(h.db), getAssistantDictionary(h.db)]);
    expect(a).toBe(b);
    expect(await getAssistantDictionary(h.db)).toBe(a);
    expect(a.actors.get('iom')?.name).toBe('International Organization for Migration');
  });

  it('is rebuilt after invalidation', async () => {
    const before = await getAssistantDictionary(h.db);
    invalidateAssistantDictionary();
    expect(await getAssistantDictionary(h.db)).not.toBe(before);
  });

  it('notices an actor written by another process through the audit trail', async () => {
    const before = await getAssistantDictionary(h.db);
    const id = 'test-stamp-body';
    await h.db.actor.create({
      data: { id, kind: 'igo', nameEn: 'Stamp Test Body', acronym: 'STB', searchText: 'stamp test body' },
    });
    // Without an audit entry nothing says the dictionary is stale (the seed writes none either, and
    // changes its fingerprint instead).
    expect(await getAssistantDictionary(h.db)).toBe(before);
    await h.db.auditEntry.create({
      data: { entityType: 'actor', entityId: id, action: 'create', via: 'import', actorLabel: 'cli: test' },
    });
    const after = await getAssistantDictionary(h.db);
    expect(after).not.toBe(before);
    expect(after.actors.get(id)?.name).toBe('Stamp Test Body');
  });
});
