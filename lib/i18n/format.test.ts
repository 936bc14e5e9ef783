import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatPartialRange } from './format';

describe('formatPartialDate', () => {
  it('keeps the precision of the date in every language', () => {
    expect(formatPartialDate('2023-11', 'fr')).toBe('novembre 2023');
    expect(formatPartialDate('2023-11', 'en')).toBe('November 2023');
    expect(formatPartialDate('2018', 'fr')).toBe('2018');
    expect(formatPartialDate('2023-11-20', 'fr')).toBe('20 novembre 2023');
    expect(formatPartialDate('2023-11-20', 'en')).toBe('20 November 2023');
  });

  it('never shifts a day across time zones', () => {
    expect(formatPartialDate('2018-12-19', 'en-GB')).toBe('19 December 2018');
  });

  it('leaves unreadable values as written', () => {
    expect(formatPartialDate('sometime', 'en')).toBe('sometime');
  });
});

describe('formatPartialRange', () => {
  it('formats a multi-day meeting as one range', () => {
    expect(formatPartialRange('2023-11-28', '2023-11-30', 'en')).toBe('28–30 November 2023');
    expect(formatPartialRange('2023-11-28', '2023-11-30', 'en-US')).toBe('November 28–30, 2023');
    expect(formatPartialRange('2022-05-17', '2022-06-02', 'en')).toBe('17 May 2022 – 2 June 2022');
    expect(formatPartialRange('2023-11-28', '2023-11-30', 'fr')).toBe('28–30 novembre 2023');
  });
});
