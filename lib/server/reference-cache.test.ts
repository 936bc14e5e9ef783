// The filter panel's options and the GCM vote are kept per process between pages: they must follow
// the reference data's version (an import or a seed through any instance), and a failed load must
// not be kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../test/db';
import type { DbTx } from '../db/client';
import { bumpVersions } from '../db/data-version';
import { byReferenceVersion, gcmVote, referenceOptions } from './reference-cache';

let h: ReturnType<typeof testDb>;
beforeAll(() => {
  h = testDb();
});
afterAll(() => h.cleanup());

const ID = 'test-reference-cache-org';

describe('answers kept while the reference data keeps its version', () => {
  it('the filter options follow an import of actors, and go back when it rolls back', async () => {
    const names = async (db: DbTx = h.db) =>
      (await referenceOptions('fr', db)).organisations.map((o) => o.id);
    expect(await names()).not.toContain(ID);
    const rollback = new Error('roll back');
    await expect(
      h.db.$transaction(async (tx) => {
        await tx.actor.create({
          data: { id: ID, kind: 'igo', nameEn: 'Reference Cache Test Organisation', searchText: 'test' },
        });
        await bumpVersions(tx, ['reference']);
        expect(await names(tx)).toContain(ID);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await names()).not.toContain(ID);
  });

  it('are the same answer while the version stands, one per language', async () => {
    const en = await referenceOptions('en', h.db);
    expect(await referenceOptions('en', h.db)).toBe(en);
    expect(await referenceOptions('fr', h.db)).not.toBe(en);
    const vote = await gcmVote('en', h.db);
    expect(vote?.items.length).toBeGreaterThan(150);
    expect(await gcmVote('en', h.db)).toBe(vote);
  });

  it('does not keep a load that failed', async () => {
    let calls = 0;
    const load = async () => {
      calls += 1;
      if (calls === 1) throw new Error('database went away');
      return calls;
    };
    await expect(byReferenceVersion('test-failing', load, h.db)).rejects.toThrow('went away');
    expect(await byReferenceVersion('test-failing', load, h.db)).toBe(2);
    expect(await byReferenceVersion('test-failing', load, h.db)).toBe(2);
  });
});
