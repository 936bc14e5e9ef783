// The filter vocabulary is kept per process: it must follow the reference data's version, so that an
// actor imported through another instance is a valid filter here at once (not a minute later).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../test/db';
import { bumpVersions } from '../db/data-version';
import { getVocabulary } from './vocabulary';

let h: ReturnType<typeof testDb>;
beforeAll(() => {
  h = testDb();
});
afterAll(() => h.cleanup());

const ID = 'test-vocabulary-org';

describe('the filter vocabulary', () => {
  it('is reloaded when the reference data changes, whichever instance changed it', async () => {
    expect((await getVocabulary(h.db)).actors.has(ID)).toBe(false);
    const rollback = new Error('roll back');
    await expect(
      h.db.$transaction(async (tx) => {
        // What an import of actors through another instance does: add the actor, bump the version.
        await tx.actor.create({
          data: { id: ID, kind: 'igo', nameEn: 'Test Vocabulary Organisation', searchText: 'test' },
        });
        await bumpVersions(tx, ['reference']);
        const vocabulary = await getVocabulary(tx);
        expect(vocabulary.actors.has(ID)).toBe(true);
        expect(vocabulary.countries.has(ID)).toBe(false);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    // Rolled back: the version is the old one again, and so is the vocabulary.
    expect((await getVocabulary(h.db)).actors.has(ID)).toBe(false);
  });

  it('is not reloaded while the version stands', async () => {
    const a = await getVocabulary(h.db);
    expect(await getVocabulary(h.db)).toBe(a);
  });
});
