// Reads an import file row by row without holding it in memory: CSV through csv-parse's stream, JSON
// Lines line by line; a JSON array (at most the upload cap) is parsed whole. Bytes that are not UTF-8
// come through as U+FFFD, which validation reports on the cell where they sit.
import fs from 'node:fs';
import readline from 'node:readline';
import { parse } from 'csv-parse';

export type ImportFormat = 'csv' | 'json' | 'jsonl';

export interface RawRow {
  /** 1-based line of the file (CSV: the header is row 1) or position in a JSON array. */
  row: number;
  /** CSV cells by column name, or the JSON object. */
  value: unknown;
  /** Set when the row cannot even be read (wrong cell count, bad JSON). */
  error?: { column: string | null; message: string; expected?: string };
}

export class FileProblem extends Error {}

/** UTF-16 and UTF-32 files start with a byte-order mark; we ask for UTF-8 rather than guess. */
function checkEncoding(file: string) {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(4);
  fs.readSync(fd, head, 0, 4, 0);
  fs.closeSync(fd);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    throw new FileProblem('The file is in UTF-16: save it as UTF-8 (CSV UTF-8 in spreadsheet programs).');
}

export async function* csvRows(file: string): AsyncGenerator<RawRow | { header: string[] }> {
  checkEncoding(file);
  const parser = fs
    .createReadStream(file)
    .pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: false, info: true }));
  let header: string[] | null = null;
  // `info.lines` is the line the record ends on (a quoted cell may span lines).
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    const line = info.lines;
    if (!header) {
      header = record.map((h) => h.trim().toLowerCase());
      yield { header };
      continue;
    }
    if (record.length !== header.length) {
      yield {
        row: line,
        value: null,
        error: {
          column: null,
          message: `The row has ${record.length} cells; the header has ${header.length}.`,
          expected: 'one cell per column (quote cells that contain commas or line breaks)',
        },
      };
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((h, i) => (cells[h] = record[i] ?? ''));
    yield { row: line, value: cells };
  }
}

export async function* jsonRows(file: string, format: 'json' | 'jsonl', key: string): AsyncGenerator<RawRow> {
  checkEncoding(file);
  if (format === 'jsonl') {
    const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      try {
        yield { row: n, value: JSON.parse(line) as unknown };
      } catch {
        yield { row: n, value: null, error: { column: null, message: 'This line is not valid JSON.' } };
      }
    }
    return;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new FileProblem('The file is not valid JSON.');
  }
  const items = Array.isArray(doc) ? doc : (doc as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(items))
    throw new FileProblem(`Expected a JSON array, or an object with a "${key}" array.`);
  for (const [i, value] of items.entries()) yield { row: i + 1, value: value as unknown };
}
