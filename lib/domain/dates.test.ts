import { describe, expect, it } from 'vitest';
import { formatAtPrecision, parsePartialDate } from './dates';

describe('parsePartialDate', () => {
  it('reads a year as the whole year, not as January', () => {
    expect(parsePartialDate('2018')).toEqual({
      value: '2018',
      precision: 'year',
      start: '2018-01-01',
      end: '2018-12-31',
      year: 2018,
      month: null,
    });
  });

  it('reads a month as the whole month, with the right last day', () => {
    expect(parsePartialDate('2024-02')).toMatchObject({
      precision: 'month',
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(parsePartialDate('2023-02')?.end).toBe('2023-02-28');
  });

  it('reads a day', () => {
    expect(parsePartialDate('1995-07-28')).toMatchObject({ precision: 'day', start: '1995-07-28', month: 7 });
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of [
      '2023-02-30',
      '2023-13',
      '2023-00',
      '23',
      '2023-1-05',
      '2023/01/05',
      '',
      'abcd',
      '0999',
    ])
      expect(parsePartialDate(bad), bad).toBeNull();
  });
});

describe('formatAtPrecision', () => {
  it('cuts a start date to its precision', () => {
    expect(formatAtPrecision('2018-01-01', 'year')).toBe('2018');
    expect(formatAtPrecision('2023-11-01', 'month')).toBe('2023-11');
    expect(formatAtPrecision('2023-11-20', 'day')).toBe('2023-11-20');
  });
});
