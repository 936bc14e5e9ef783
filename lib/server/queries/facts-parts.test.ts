import { describe, expect, it } from 'vitest';
import { factsIdFloor } from '../../db/facts';
import { EMPTY_FILTER, type RecordFilter } from '../../domain/filter';
import { partsOf, type MonthCounts } from './facts-parts';

const m = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const f = (over: Partial<RecordFilter> = {}): RecordFilter => ({ ...EMPTY_FILTER, ...over });
const counts = (rows: Array<[string, string, number]>): MonthCounts =>
  rows.map(([ym, kind, n]) => ({ month: m(ym), kind, n }));

describe('partsOf: a facet-index pass cut into rowid ranges of equal shares', () => {
  const even = counts([
    ['2018-01', 'meeting', 100],
    ['2018-02', 'meeting', 100],
    ['2018-03', 'meeting', 100],
    ['2018-04', 'meeting', 100],
  ]);

  it('cuts after the month where each share is reached, at the first rowid of the next month', () => {
    expect(partsOf(even, f(), 2)).toEqual([
      { from: null, to: factsIdFloor('2018-03-01') },
      { from: factsIdFloor('2018-03-01'), to: null },
    ]);
    expect(partsOf(even, f(), 4).map((p) => p.to)).toEqual([
      factsIdFloor('2018-02-01'),
      factsIdFloor('2018-03-01'),
      factsIdFloor('2018-04-01'),
      null,
    ]);
  });

  it('counts only the months of the period and the records of the kinds', () => {
    const rows = counts([
      ['2017-06', 'meeting', 1000],
      ['2018-01', 'meeting', 10],
      ['2018-01', 'agreement', 500],
      ['2018-02', 'meeting', 10],
      ['2018-03', 'meeting', 10],
      ['2018-04', 'meeting', 10],
      ['2019-01', 'meeting', 1000],
    ]);
    // Meetings of January to April 2018: 40, cut after February.
    expect(partsOf(rows, f({ kind: ['meeting'], from: '2018', to: '2018-04' }), 2)[0]!.to).toBe(
      factsIdFloor('2018-03-01'),
    );
    // All kinds: January alone holds most of the period's records.
    expect(partsOf(rows, f({ from: '2018', to: '2018-04' }), 2)[0]!.to).toBe(factsIdFloor('2018-02-01'));
  });

  it('makes fewer parts when cuts fall together, and none when one month holds everything', () => {
    const skewed = counts([
      ['2020-01', 'meeting', 1],
      ['2020-02', 'meeting', 1000],
      ['2020-03', 'meeting', 1],
    ]);
    expect(partsOf(skewed, f(), 4)).toEqual([
      { from: null, to: factsIdFloor('2020-03-01') },
      { from: factsIdFloor('2020-03-01'), to: null },
    ]);
    expect(partsOf(counts([['2020-02', 'meeting', 1000]]), f(), 2)).toEqual([]);
    expect(partsOf([], f(), 2)).toEqual([]);
    expect(partsOf(even, f({ kind: ['vote'] }), 2)).toEqual([]);
  });

  it('always covers every rowid once: unbounded ends, each part starting where the last ended', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 200; run++) {
      const rows: Array<[string, string, number]> = [];
      for (let i = 0; i < 1 + Math.floor(random() * 30); i++)
        rows.push([
          `${2000 + Math.floor(random() * 25)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
          random() < 0.5 ? 'meeting' : 'agreement',
          Math.floor(random() * 1000),
        ]);
      const of = 2 + Math.floor(random() * 3);
      const parts = partsOf(counts(rows), f(), of);
      if (!parts.length) continue;
      expect(parts.length).toBeGreaterThan(1);
      expect(parts.length).toBeLessThanOrEqual(of);
      expect(parts[0]!.from).toBeNull();
      expect(parts.at(-1)!.to).toBeNull();
      for (let i = 1; i < parts.length; i++) {
        expect(parts[i]!.from).toBe(parts[i - 1]!.to);
        if (i > 1) expect(parts[i]!.from! > parts[i - 1]!.from!).toBe(true);
      }
    }
  });
});
