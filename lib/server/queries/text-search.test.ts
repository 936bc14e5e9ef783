// A text search counts and lists live records only, alone or with other filters: the count of a search
// alone comes from the text index (less the deleted records), the page from walking the date index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRecord, staffFixture, type StaffFixture } from '../../../test/staff';
import { EMPTY_FILTER, type RecordFilter } from '../../domain/filter';
import type { ChangeContext } from '../../editing/audit';
import { createRecord, deleteRecord, restoreRecord } from '../../editing/commands';
import { countRecords, listRecords } from './records';

let f: StaffFixture;
const ctx: ChangeContext = {
  principal: { kind: 'session', role: 'admin', userId: null, tokenId: null, label: 'search', name: 'search' },
  via: 'ui',
};
beforeAll(async () => {
  f = await staffFixture();
});
afterAll(() => f.cleanup());

async function found(filter: RecordFilter) {
  const page = await listRecords(f.h.db, filter, { page: 1, pageSize: 50, sort: '-date', lang: 'en' });
  return {
    total: page.total,
    ids: page.items.map((r) => r.id).sort(),
    count: await countRecords(f.h.db, filter),
  };
}

describe('text search', () => {
  it('counts and lists live matches only, and a deleted match again once restored', async () => {
    const db = f.h.db;
    // Record ids hold the run's unique word, and titles hold the id: only these records match it.
    const a = f.recordId('text-a');
    const b = f.recordId('text-b');
    expect((await createRecord(db, sampleRecord(a), ctx)).ok).toBe(true);
    expect((await createRecord(db, sampleRecord(b, { date: '2019-05-02' }), ctx)).ok).toBe(true);
    const alone: RecordFilter = { ...EMPTY_FILTER, q: f.run };
    const withCountry: RecordFilter = { ...alone, country: ['VNM'] };

    expect(await found(alone)).toEqual({ total: 2, ids: [a, b].sort(), count: 2 });
    expect(await found(withCountry)).toEqual({ total: 2, ids: [a, b].sort(), count: 2 });

    expect((await deleteRecord(db, b, ctx)).ok).toBe(true);
    expect(await found(alone)).toEqual({ total: 1, ids: [a], count: 1 });
    expect(await found(withCountry)).toEqual({ total: 1, ids: [a], count: 1 });

    expect((await restoreRecord(db, b, ctx)).ok).toBe(true);
    expect(await found(alone)).toEqual({ total: 2, ids: [a, b].sort(), count: 2 });
  });

  it('lists the newest match first', async () => {
    const page = await listRecords(
      f.h.db,
      { ...EMPTY_FILTER, q: f.run },
      { page: 1, pageSize: 50, sort: '-date', lang: 'en' },
    );
    expect(page.items.map((r) => r.date)).toEqual(['2024-03-12', '2019-05-02']);
  });

  it('finds the words of symbols and hyphenated numbers, on either engine', async () => {
    // A number unique to this run: PostgreSQL's parser once read "report-<digits>-x" as a signed
    // number and "X/<digits>/2024" as one file path, so neither was found by its words.
    const digits = String(parseInt(f.run, 16));
    const id = f.recordId('symbols');
    const title = `Report-${digits}-x under symbol X/${digits}/2024`;
    expect((await createRecord(f.h.db, sampleRecord(id, { title }), ctx)).ok).toBe(true);
    for (const q of [digits, `X/${digits}/2024`, `report-${digits}`])
      expect((await found({ ...EMPTY_FILTER, q })).ids, q).toEqual([id]);
  });
});
