// Test helpers: the dictionary of the seeded test database, and the labelled article fixtures.
import fs from 'node:fs';
import path from 'node:path';
import { testDb } from '../../../test/db';
import { loadDictionary, type Dictionary } from '../dictionary';
import type { ArticleLanguage } from '../types';

export async function testDictionary(): Promise<{ dict: Dictionary; cleanup: () => Promise<void> }> {
  const h = testDb();
  const dict = await loadDictionary(h.db);
  return { dict, cleanup: h.cleanup };
}

export interface ArticleFixture {
  slug: string;
  url: string;
  publisher: string;
  publishedOn: string | null;
  language: ArticleLanguage;
  text: string;
  labels: {
    actors: string[];
    notInDictionary: string[];
    place: { id: string | null; name: string; countryId: string } | null;
    kind: string;
    date: { value: string; basis: string } | null;
    topics: string[];
    people: Array<{ name: string; title: string; affiliation: string | null }>;
  };
}

const DIR = path.dirname(new URL(import.meta.url).pathname);

export function readFixtures(): ArticleFixture[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      slug: f.replace(/\.json$/, ''),
      ...JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')),
    }));
}

/** The founding article, read from the sibling shared folder (never copied into the repository). */
export const FOUNDING_ARTICLE = path.resolve(
  process.cwd(),
  '..',
  'shared',
  'seed',
  '000_68e51c5ddcc0b948.txt',
);
