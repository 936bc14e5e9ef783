// Integration tests of the timeline aggregate against the seeded database: the interval `auto` picks,
// topic stacking, and year-only records kept out of months.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type RecordFilter } from '../../domain/filter';
import { testDb } from '../../../test/db';
import { countRecords } from './records';
import { timeline } from './timeline';

const f = (patch: Partial<RecordFilter>): RecordFilter => ({ ...EMPTY_FILTER, ...patch });
const VNM = f({ country: ['VNM'] });

let h: ReturnType<typeof testDb>;
beforeAll(() => {
  h = testDb();
});
afterAll(() => h.cleanup());

describe('timeline interval', () => {
  it('auto uses years when the records span decades (Viet Nam: 1990 to 2023)', async () => {
    const t = await timeline(h.db, VNM, 'auto');
    expect(t.interval).toBe('year');
    expect(t.buckets.map((b) => b.start)).toEqual(['1990', '1995', '1996', '1998', '2007', '2018', '2023']);
    expect(t.yearOnly).toEqual([]);
  });

  it('auto uses months for a span of a few years, and says so', async () => {
    const t = await timeline(h.db, f({ from: '2022', to: '2023' }), 'auto');
    expect(t.interval).toBe('month');
    expect(t.buckets.map((b) => b.start)).toEqual(['2022-02', '2022-05', '2022-06', '2023-11']);
    expect(t.buckets.find((b) => b.start === '2023-11')?.count).toBe(2);
  });

  it('auto counts a year-only record as covering its whole year, and keeps it out of January', async () => {
    // Only Timor-Leste's accession to ASEAN ("2025") starts in 2025: one year, so months are used.
    const t = await timeline(h.db, f({ from: '2025' }), 'auto');
    expect(t.interval).toBe('month');
    expect(t.buckets).toEqual([]);
    expect(t.yearOnly).toEqual([{ start: '2025', count: 1, byKind: { membership: 1 } }]);
    expect(t.total).toBe(1);
  });

  it('auto falls back to years when nothing matches', async () => {
    const t = await timeline(h.db, f({ q: 'zzzz-nothing' }), 'auto');
    expect(t).toEqual({ interval: 'year', stack: 'kind', total: 0, buckets: [], yearOnly: [] });
  });

  it('an explicit interval is kept whatever the span', async () => {
    expect((await timeline(h.db, f({ from: '2022', to: '2023' }), 'year')).interval).toBe('year');
    expect((await timeline(h.db, VNM, 'month')).interval).toBe('month');
  });
});

describe('timeline stacked by topic', () => {
  it('counts the founding record under each of its topics, and the record once', async () => {
    const t = await timeline(h.db, VNM, 'auto', 'topic');
    expect(t.stack).toBe('topic');
    const y2023 = t.buckets.find((b) => b.start === '2023')!;
    expect(y2023.count).toBe(1);
    expect(y2023.byKind).toEqual({ meeting: 1 });
    expect(y2023.byTopic).toEqual({
      'labour-migration': 1,
      health: 1,
      climate: 1,
      development: 1,
      'international-cooperation': 1,
    });
  });

  it('puts records without a topic under `none`', async () => {
    const t = await timeline(h.db, VNM, 'year', 'topic');
    expect(t.buckets.find((b) => b.start === '1995')).toEqual({
      start: '1995',
      count: 1,
      byKind: { membership: 1 },
      byTopic: { none: 1 },
    });
    expect(t.buckets.every((b) => b.byTopic !== undefined)).toBe(true);
  });

  it('keeps year-only records apart at month interval, with their topics', async () => {
    const t = await timeline(h.db, VNM, 'month', 'topic');
    expect(t.buckets.some((b) => b.start.endsWith('-01'))).toBe(false);
    expect(t.yearOnly.map((b) => [b.start, b.byTopic])).toEqual([
      ['1990', { none: 1 }],
      ['2007', { none: 1 }],
    ]);
    expect(t.total).toBe([...t.buckets, ...t.yearOnly].reduce((s, b) => s + b.count, 0));
  });

  it('agrees with the record count for the whole collection, whatever the stacking', async () => {
    const all = await countRecords(h.db, EMPTY_FILTER);
    const byTopic = await timeline(h.db, EMPTY_FILTER, 'month', 'topic');
    expect(byTopic.total).toBe(all);
    expect([...byTopic.buckets, ...byTopic.yearOnly].reduce((s, b) => s + b.count, 0)).toBe(all);
    // Topic counts are at least the record counts: every record is under a topic or `none`.
    for (const b of [...byTopic.buckets, ...byTopic.yearOnly])
      expect(Object.values(b.byTopic!).reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(b.count);
  });

  it('leaves byTopic out when stacking by kind', async () => {
    const t = await timeline(h.db, VNM, 'year');
    expect(t.stack).toBe('kind');
    expect(t.buckets.every((b) => !('byTopic' in b))).toBe(true);
  });
});
