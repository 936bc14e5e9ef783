// Reading the shipped files in data/.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const DATA_DIR = path.resolve(process.cwd(), 'data');

export function dataPath(...parts: string[]): string {
  return path.join(DATA_DIR, ...parts);
}

export function readCsv(file: string): Record<string, string>[] {
  const text = fs.readFileSync(file, 'utf8');
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: false, relax_quotes: false });
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Empty cells become null. */
export function cell(row: Record<string, string>, key: string): string | null {
  const v = row[key];
  if (v === undefined) throw new Error(`Column "${key}" is missing`);
  const t = v.trim();
  return t === '' ? null : t;
}

export function required(row: Record<string, string>, key: string, where: string): string {
  const v = cell(row, key);
  if (v === null) throw new Error(`${where}: column "${key}" is empty`);
  return v;
}
