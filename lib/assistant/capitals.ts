import 'server-only';
// Capital cities from the shipped ISO/UN country table (data/reference/country-codes, column Capital).
// They extend the place gazetteer beyond the few places records use, so "Dakar –" or "en Buenos
// Aires" yields a city and its country. English spellings only: accents fold away ("Bogotá" = "Bogota"),
// but exonyms ("Bruxelles", "Ciudad de México") are not known. Many capitals are also ordinary words or
// names (Victoria, Male, Santiago), so the place module only reads them in a dateline or after "in/à/en".
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Capital {
  name: string;
  countryId: string;
}

const FILE = path.resolve(process.cwd(), 'data', 'reference', 'country-codes', 'country-codes.csv');

let cached: Capital[] | null = null;

export function readCapitals(file: string = FILE): Capital[] {
  if (file === FILE && cached) return cached;
  // Read at run time from the project's data/ (like every shipped table), not traced into the bundle.
  const rows: Record<string, string>[] = parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  });
  const capitals = rows
    .map((r) => ({ name: (r['Capital'] ?? '').trim(), countryId: (r['ISO3166-1-Alpha-3'] ?? '').trim() }))
    .filter((c) => c.name !== '' && /^[A-Z]{3}$/.test(c.countryId));
  if (file === FILE) cached = capitals;
  return capitals;
}
