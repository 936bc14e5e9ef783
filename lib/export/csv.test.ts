import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvPreamble, csvRow, neutralise } from './csv';

describe('csv export cells', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const bad of [
      '=1+1',
      '+33 1 23',
      '-2',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '=HYPERLINK("http://evil","click")',
    ])
      expect(neutralise(bad).startsWith("'"), bad).toBe(true);
    for (const ok of ['Geneva', '1995-07-28', 'a=b', ' =x', '']) expect(neutralise(ok), ok).toBe(ok);
  });

  it('quotes commas, quotes and line breaks so the text round-trips', () => {
    const cells = ['a,b', 'say "hi"', 'two\nlines', '=cmd|calc', 'Việt Nam', null, 7];
    const parsed = parse(csvPreamble(['Compact Atlas', 'filters: country=VNM']) + csvRow(cells), {
      comment: '#',
      bom: true,
    });
    expect(parsed).toEqual([['a,b', 'say "hi"', 'two\nlines', "'=cmd|calc", 'Việt Nam', '', '7']]);
    expect(csvCell('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
