import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, formatPartialRange } from './format';

describe('formatPartialDate', () => {
  it('keeps the precision of the date in every language', () => {
    expect(formatPartialDate('2023-11', 'fr')).toBe('novembre 2023');
    expect(formatPartialDate('2023-11', 'en')).toBe('November 2023');
    expect(formatPartialDate('2018', 'fr')).toBe('2018');
    expect(formatPartialDate('2023-11-20', 'fr')).toBe('20 novembre 2023');
    expect(formatPartialDate('2023-11-20', 'en')).toBe('20 November 2023');
  });

  it('writes Spanish and Arabic dates at their precision', () => {
    expect(formatPartialDate('2023-11', 'es')).toBe('noviembre de 2023');
    expect(formatPartialDate('2023-11-20', 'es')).toBe('20 de noviembre de 2023');
    expect(formatPartialDate('2018', 'es')).toBe('2018');
    // Arabic month names, Latin digits (pinned: the default digits of "ar" vary between ICU versions).
    expect(formatPartialDate('2023-11', 'ar')).toBe('نوفمبر 2023');
    expect(formatPartialDate('2023-11-20', 'ar')).toBe('20 نوفمبر 2023');
    expect(formatPartialDate('2018', 'ar')).toBe('2018');
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
    expect(formatPartialRange('2023-11-28', '2023-11-30', 'es')).toBe('28–30 de noviembre de 2023');
    expect(formatPartialRange('2023-11-28', '2023-11-30', 'ar')).toBe('28–30 نوفمبر 2023');
    expect(formatPartialRange('2022-05', '2022-06', 'ar')).toBe('مايو 2022 – يونيو 2022');
  });
});

describe('formatNumber', () => {
  it('groups digits the way each language does, with Latin digits in Arabic', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'fr')).toBe('12\u202f345');
    expect(formatNumber(12345, 'es')).toBe('12.345');
    expect(formatNumber(12345, 'ar')).toBe('12,345');
    expect(formatNumber(12345, 'ar')).not.toMatch(/[\u0660-\u0669]/);
  });
});
