import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import type { TimelineResponse } from '@/lib/domain/api';
import { MESSAGES } from '@/lib/i18n/messages';
import { MONTHS, TOPICS, YEARS } from './fixtures';
import { buildTimelineModel, summarise, tableRows, type SummaryTranslate } from './model';
import { indicesToRange, moveRange, rangeToIndices, stepHandle } from './range';

const translator = (locale: 'en' | 'fr'): SummaryTranslate => {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'timeline' });
  return (key, values) => t(key, values);
};
const summary = (data: TimelineResponse, locale: 'en' | 'fr') =>
  summarise(buildTimelineModel(data), locale, translator(locale));

describe('periods', () => {
  it('fills the years between the first and the last bucket with zeros', () => {
    const m = buildTimelineModel(YEARS);
    expect(m.periods.map((p) => [p.key, p.count])).toEqual([
      ['2015', 2],
      ['2016', 0],
      ['2017', 0],
      ['2018', 4],
      ['2019', 0],
      ['2020', 1],
    ]);
  });

  it('runs months over whole years where year-only records need their band', () => {
    const m = buildTimelineModel(MONTHS);
    expect(m.periods[0]!.key).toBe('2021-01');
    expect(m.periods.at(-1)!.key).toBe('2023-12');
    expect(m.periods).toHaveLength(36);
    expect(m.yearOnly.map((b) => [b.year, b.count, m.periods[b.first]!.key, m.periods[b.last]!.key])).toEqual(
      [
        [2021, 1, '2021-01', '2021-12'],
        [2023, 3, '2023-01', '2023-12'],
      ],
    );
  });

  it('never counts year-only records in January', () => {
    const m = buildTimelineModel(MONTHS);
    for (const key of ['2021-01', '2023-01']) {
      const jan = m.periods.find((p) => p.key === key)!;
      expect(jan.count, key).toBe(0);
      expect(m.stacked.every((s) => s.points[m.periods.indexOf(jan)]![1] === 0)).toBe(true);
    }
    // They stay in the total and in the series totals.
    expect(m.total).toBe(8);
    expect(m.series.find((s) => s.key === 'membership')?.total).toBe(4);
  });
});

describe('stacking', () => {
  it('orders series by total, then id, from the bottom up, and stacks them', () => {
    const m = buildTimelineModel(YEARS);
    // agreement 3 and meeting 3 tie: the id decides; vote (1) goes on top.
    expect(m.series.map((s) => s.key)).toEqual(['agreement', 'meeting', 'vote']);
    const at2018 = m.stacked.map((s) => s.points[3]);
    expect(at2018).toEqual([
      [0, 3],
      [3, 3],
      [3, 4],
    ]);
    expect(m.max).toBe(4);
  });

  it('keeps the order when the same data comes back in another order', () => {
    const shuffled = { ...YEARS, buckets: [...YEARS.buckets].reverse() };
    expect(buildTimelineModel(shuffled).series.map((s) => s.key)).toEqual(['agreement', 'meeting', 'vote']);
  });

  it('stacks by topic: top topics get colours, the rest is grouped, records without topic on top', () => {
    const m = buildTimelineModel(TOPICS);
    expect(m.stack).toBe('topic');
    const keys = m.series.map((s) => s.key);
    expect(keys.slice(0, 2)).toEqual(['health', 'international-cooperation']);
    expect(keys).toHaveLength(9);
    expect(keys.slice(-2)).toEqual(['other', 'none']);
    expect(new Set(m.series.map((s) => s.color)).size).toBe(9);
    const y2023 = m.periods.find((p) => p.key === '2023')!;
    // 10 topic tags on 2 records: the stack is 12 high (2+2+...), the record count stays 2.
    expect(y2023.count).toBe(2);
    expect(Object.values(y2023.values).reduce((s, n) => s + n, 0)).toBe(12);
    expect(y2023.values.other).toBe(3);
  });
});

describe('summary', () => {
  it('names the span and the busiest year, in English and French', () => {
    expect(summary(YEARS, 'en')).toBe('7 records from 2015 to 2020; most in 2018 (4).');
    expect(summary(YEARS, 'fr')).toBe('7 fiches entre 2015 et 2020\u202f; le plus grand nombre en 2018 (4).');
  });

  it('names the busiest month at month interval, and year-only records widen the span to their year', () => {
    expect(summary(MONTHS, 'en')).toBe('8 records from 2021 to 2023; most in November 2023 (2).');
    expect(summary(MONTHS, 'fr')).toBe(
      '8 fiches entre 2021 et 2023\u202f; le plus grand nombre en novembre 2023 (2).',
    );
    const monthsOnly = { ...MONTHS, total: 4, yearOnly: [] };
    expect(summary(monthsOnly, 'en')).toBe(
      '4 records from November 2022 to November 2023; most in November 2023 (2).',
    );
  });

  it('says when everything falls in one period, or no period holds more than one', () => {
    const one = { ...YEARS, total: 4, buckets: [YEARS.buckets[1]!] };
    expect(summary(one, 'en')).toBe('4 records, all in 2018.');
    expect(summary(one, 'fr')).toBe('4 fiches, toutes en 2018.');
    const single = { ...one, total: 1, buckets: [{ start: '2018', count: 1, byKind: { vote: 1 } }] };
    expect(summary(single, 'en')).toBe('1 record, in 2018.');
    const even = {
      ...YEARS,
      total: 2,
      buckets: [YEARS.buckets[2]!, { ...YEARS.buckets[2]!, start: '2015' }],
    };
    expect(summary(even, 'en')).toBe('2 records from 2015 to 2020, no more than one a year.');
    expect(summary(even, 'fr')).toBe('2 fiches entre 2015 et 2020, pas plus d’une par an.');
  });

  it('says when nothing matches', () => {
    const none: TimelineResponse = { interval: 'year', stack: 'kind', total: 0, buckets: [], yearOnly: [] };
    expect(buildTimelineModel(none).periods).toEqual([]);
    expect(summary(none, 'en')).toBe('No record matches these filters.');
  });
});

describe('table rows', () => {
  it('lists periods with records, each year-only row before its year’s months', () => {
    const rows = tableRows(buildTimelineModel(MONTHS));
    expect(rows.map((r) => `${r.key}${r.yearOnly ? ' (year only)' : ''}:${r.count}`)).toEqual([
      '2021 (year only):1',
      '2022-11:1',
      '2023 (year only):3',
      '2023-02:1',
      '2023-11:2',
    ]);
  });
});

describe('range', () => {
  const months = buildTimelineModel(MONTHS);
  const years = buildTimelineModel(YEARS);

  it('maps a filter period to the periods it covers, whatever its precision', () => {
    expect(rangeToIndices(years, { from: null, to: null })).toEqual([0, 5]);
    expect(rangeToIndices(years, { from: '2018-03-15', to: '2019-02' })).toEqual([3, 4]);
    expect(rangeToIndices(months, { from: '2022', to: '2022' })).toEqual([12, 23]);
    // outside the run: clamped to its ends
    expect(rangeToIndices(years, { from: '1990', to: '2030' })).toEqual([0, 5]);
  });

  it('selects whole periods', () => {
    expect(indicesToRange(months, 26, 34)).toEqual({ from: '2023-03', to: '2023-11' });
    expect(indicesToRange(years, 4, 3)).toEqual({ from: '2018', to: '2019' });
  });

  it('moves a slider by a period, a year with Page Up/Down, to the ends with Home/End', () => {
    expect(stepHandle(months, [0, 35], 'start', 'ArrowRight')).toEqual([1, 35]);
    expect(stepHandle(months, [0, 35], 'end', 'ArrowLeft')).toEqual([0, 34]);
    expect(stepHandle(months, [3, 35], 'start', 'PageUp')).toEqual([15, 35]);
    expect(stepHandle(months, [3, 35], 'end', 'PageDown')).toEqual([3, 23]);
    expect(stepHandle(months, [3, 20], 'start', 'End')).toEqual([20, 20]);
    expect(stepHandle(months, [3, 20], 'end', 'Home')).toEqual([3, 3]);
    expect(stepHandle(months, [3, 20], 'start', 'Tab')).toBeNull();
  });

  it('never lets one handle pass the other', () => {
    expect(stepHandle(years, [2, 2], 'start', 'ArrowRight')).toEqual([2, 2]);
    expect(stepHandle(years, [2, 4], 'end', 'PageDown')).toEqual([2, 2]);
  });

  it('changes only the side whose handle moved, keeping an open end open', () => {
    expect(moveRange(years, { from: null, to: null }, [0, 5], [1, 5])).toEqual({ from: '2016', to: null });
    expect(moveRange(years, { from: '2018-03-15', to: null }, [3, 5], [3, 4])).toEqual({
      from: '2018-03-15',
      to: '2019',
    });
  });
});
