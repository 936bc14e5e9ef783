import { describe, expect, it } from 'vitest';
import { findDates, inferYear, setAsideDates } from './dates';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

const dates = (text: string, publishedOn?: string) =>
  findDates(text, tokenize(text), publishedOn).map((d) => [d.text, d.value, d.precision]);

describe('findDates', () => {
  it('reads day dates in English, French and Spanish', () => {
    expect(dates('on 20 November 2023 and November 21, 2023')).toEqual([
      ['20 November 2023', '2023-11-20', 'day'],
      ['November 21, 2023', '2023-11-21', 'day'],
    ]);
    expect(dates('le 1er octobre 2023, puis le 21 juin 2025')).toEqual([
      ['1er octobre 2023', '2023-10-01', 'day'],
      ['21 juin 2025', '2025-06-21', 'day'],
    ]);
    expect(dates('el 20 de noviembre de 2023 y el 1º de octubre de 2023')).toEqual([
      ['20 de noviembre de 2023', '2023-11-20', 'day'],
      ['1º de octubre de 2023', '2023-10-01', 'day'],
    ]);
  });

  it('keeps month and year precision as written', () => {
    expect(dates('In November 2023, en janvier 2003, en Diciembre de 2014')).toEqual([
      ['November 2023', '2023-11', 'month'],
      ['janvier 2003', '2003-01', 'month'],
      ['Diciembre de 2014', '2014-12', 'month'],
    ]);
    expect(dates('Founded in 1951, the plan 2025-2027 runs')).toEqual([['1951', '1951', 'year']]);
  });

  it('starts a range on its first day', () => {
    expect(dates('du 10 au 13 avril 2019; les 14-16 mars 2023; del 3 al 5 de mayo de 2022')).toEqual([
      ['10 au 13 avril 2019', '2019-04-10', 'day'],
      ['14-16 mars 2023', '2023-03-14', 'day'],
      ['3 al 5 de mayo de 2022', '2022-05-03', 'day'],
    ]);
  });

  it('reads ISO and day-first numeric dates, and rejects impossible days', () => {
    expect(dates('published 2023-11-20 and 20/11/2023')).toEqual([
      ['2023-11-20', '2023-11-20', 'day'],
      ['20/11/2023', '2023-11-20', 'day'],
    ]);
    expect(dates('on 31 February 2023').filter(([, , precision]) => precision === 'day')).toEqual([]);
  });

  it('takes the year of a date written without one from the publication date', () => {
    expect(dates('Geneva, September 13: IOM signed', '2016-09-13')).toEqual([
      ['September 13', '2016-09-13', 'day'],
    ]);
    // A date more than a week after publication is last year's.
    expect(inferYear(12, 20, '2024-01-05')).toBe(2023);
    expect(inferYear(2, 20, null)).toBeNull();
    const [yearless] = findDates(
      'el pasado viernes 20 de febrero',
      tokenize('el pasado viernes 20 de febrero'),
    );
    expect(yearless).toMatchObject({ value: null, precision: 'day', yearInferred: false });
  });

  it('does not read English words as months', () => {
    expect(dates('IOM may march on 5 may')).toEqual([]);
  });
});

describe('setAsideDates', () => {
  it('sets aside a date that belongs to someone taking office or a founding', () => {
    const text =
      'Amy Pope a assumé le poste de directrice générale de l’OMI le 1er octobre 2023. Le BCIE, fundado en 1960.';
    const tokens = tokenize(text);
    const found = findDates(text, tokens);
    const sentences = splitSentences(text);
    found.forEach((d) => (d.sentenceIndex = d.start < sentences[1]!.start ? 0 : 1));
    setAsideDates(found, tokens, sentences);
    expect(found.map((d) => d.value)).toEqual(['2023-10-01', '1960']);
    expect(found[0]!.setAside).toContain('poste');
    expect(found[1]!.setAside).toContain('fundado');
  });
});
