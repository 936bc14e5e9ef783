// The filter vocabulary, the filter panel's options and the GCM vote are kept per process between
// pages: they must follow the reference data's version (an import or a seed through any instance: an
// actor imported elsewhere is a valid filter here at once, not a minute later), and a failed load must
// not be kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../test/db';
import type { DbTx } from '../db/client';
import { bumpVersions } from '../db/data-version';
import { byReferenceVersion, gcmVote, referenceOptions } from './reference-cache';
import { getVocabulary } from './vocabulary';

let h: ReturnType<typeof testDb>;
beforeAll(() => {
  h = testDb();
});
afterAll(() => h.cleanup());

const ID = 'test-reference-cache-org';

describe('answers kept while the reference data keeps its version', () => {
  it('follow an import of actors through another instance, and go back when it rolls back', async () => {
    const seen = async (db: DbTx = h.db) => {
      const vocabulary = await getVocabulary(db);
      return {
        filter: vocabulary.actors.has(ID),
        country: vocabulary.countries.has(ID),
        option: (await referenceOptions('fr', db)).organisations.some((o) => o.id === ID),
      };
    };
    expect(await seen()).toEqual({ filter: false, country: false, option: false });
    const rollback = new Error('roll back');
    await expect(
      h.db.$transaction(async (tx) => {
        // What an import of actors through another instance does: add the actor, bump the version.
        await tx.actor.create({
          data: { id: ID, kind: 'igo', nameEn: 'Reference Cache Test Organisation', searchText: 'test' },
        });
        await bumpVersions(tx, ['reference']);
        expect(await seen(tx)).toEqual({ filter: true, country: false, option: true });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    // Rolled back: the version is the old one again, and so are the answers.
    expect(await seen()).toEqual({ filter: false, country: false, option: false });
  });

  it('are the same answer while the version stands, one per language', async () => {
    const vocabulary = await getVocabulary(h.db);
    expect(await getVocabulary(h.db)).toBe(vocabulary);
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
