// CSV writing for exports: RFC 4180 quoting, and neutralisation of cells a spreadsheet would read as
// a formula (OWASP "CSV injection": cells starting with = + - @, tab or carriage return get a leading
// apostrophe), since record and article text comes from outside.

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text a spreadsheet will not execute. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: ReadonlyArray<string | number | null | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Comment lines above the table: what was exported, when, from where (read with `comment: '#'`). */
export function csvPreamble(lines: string[]): string {
  return lines.map((l) => `# ${l.replace(/[\r\n]+/g, ' ')}\r\n`).join('');
}

export const UTF8_BOM = '\uFEFF';
