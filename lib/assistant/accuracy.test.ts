// Accuracy on real articles (__fixtures__/*.json, labelled by hand before the extractor read them):
// micro-averaged precision and recall of actors and topics, plus kind, place, date and people. The
// floors sit a little under what the extractor scored when they were set; a drop below them means a
// change made real articles read worse. The rules were written by someone who had read these articles,
// so the figures are optimistic for unseen text (see data/assistant/README.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary } from './dictionary';
import { extractDraft } from './extract';
import type { Proposal } from './types';
import { readFixtures, testDictionary, type ArticleFixture } from './__fixtures__/load';

const FLOORS = {
  actors: { precision: 0.95, recall: 0.9 },
  topics: { precision: 0.85, recall: 0.85 },
  kind: 0.85,
  place: 0.85,
  people: { precision: 0.9, recall: 0.9 },
};

interface Count {
  tp: number;
  fp: number;
  fn: number;
}
const count = (): Count => ({ tp: 0, fp: 0, fn: 0 });
function tally(c: Count, predicted: readonly string[], expected: readonly string[]): string[] {
  const errors: string[] = [];
  for (const p of new Set(predicted)) {
    if (expected.includes(p)) c.tp++;
    else {
      c.fp++;
      errors.push(`+${p}`);
    }
  }
  for (const e of new Set(expected)) {
    if (predicted.includes(e)) continue;
    c.fn++;
    errors.push(`-${e}`);
  }
  return errors;
}
const precision = (c: Count) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const recall = (c: Count) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function placeMatches(p: Proposal, label: ArticleFixture['labels']['place']): boolean {
  if (!label) return p.place === null;
  if (!p.place) return false;
  return label.id
    ? p.place.placeId === label.id
    : p.place.name === label.name && p.place.countryId === label.countryId;
}

let dict: Dictionary;
let cleanup: () => Promise<void>;
const fixtures = readFixtures();
beforeAll(async () => {
  ({ dict, cleanup } = await testDictionary());
});
afterAll(() => cleanup());

describe('accuracy on real articles', () => {
  it('has at least two labelled articles in each language, with labels the dictionary can meet', () => {
    for (const lang of ['en', 'fr', 'es'])
      expect(fixtures.filter((f) => f.language === lang).length).toBeGreaterThanOrEqual(2);
    for (const f of fixtures) {
      for (const a of f.labels.actors) expect(dict.actors.has(a), `${f.slug}: ${a}`).toBe(true);
      for (const t of f.labels.topics) expect(dict.topics.has(t), `${f.slug}: ${t}`).toBe(true);
    }
  });

  it('stays above the floors for actors, topics, kind, place and people', () => {
    const actors = count();
    const topics = count();
    const people = count();
    let kinds = 0;
    let places = 0;
    let dates = 0;
    let dated = 0;
    const lines: string[] = [];
    for (const f of fixtures) {
      const p = extractDraft(
        { text: f.text, publishedOn: f.publishedOn, url: f.url, publisher: f.publisher },
        dict,
      );
      expect(p.language, f.slug).toBe(f.language);
      const errors = [
        ...tally(
          actors,
          p.actors.map((a) => a.actorId),
          f.labels.actors,
        ),
        ...tally(
          topics,
          p.topics.map((t) => t.topicId),
          f.labels.topics,
        ),
        ...tally(
          people,
          p.people.map((x) => x.name),
          f.labels.people.map((x) => x.name),
        ),
      ];
      if (p.kind?.kind === f.labels.kind) kinds++;
      else errors.push(`kind ${p.kind?.kind ?? 'none'}≠${f.labels.kind}`);
      if (placeMatches(p, f.labels.place)) places++;
      else errors.push(`place ${p.place?.name ?? 'none'}≠${f.labels.place?.name ?? 'none'}`);
      if (f.labels.date) {
        dated++;
        if (p.date?.value === f.labels.date.value) dates++;
        else errors.push(`date ${p.date?.value ?? 'none'}≠${f.labels.date.value}`);
      }
      lines.push(`  ${f.slug.padEnd(44)} ${errors.join(' ') || 'all as labelled'}`);
    }
    const report = [
      `Article assistant on ${fixtures.length} real articles:`,
      `  actors  precision ${pct(precision(actors))} recall ${pct(recall(actors))} (${actors.tp} right, ${actors.fp} extra, ${actors.fn} missed)`,
      `  topics  precision ${pct(precision(topics))} recall ${pct(recall(topics))} (${topics.tp} right, ${topics.fp} extra, ${topics.fn} missed)`,
      `  people  precision ${pct(precision(people))} recall ${pct(recall(people))}`,
      `  kind ${kinds}/${fixtures.length}, place ${places}/${fixtures.length}, date ${dates}/${dated} labelled dates`,
      ...lines,
    ].join('\n');
    // eslint-disable-next-line no-console -- the figures are the point of this test
    console.info(report);

    expect(precision(actors)).toBeGreaterThanOrEqual(FLOORS.actors.precision);
    expect(recall(actors)).toBeGreaterThanOrEqual(FLOORS.actors.recall);
    expect(precision(topics)).toBeGreaterThanOrEqual(FLOORS.topics.precision);
    expect(recall(topics)).toBeGreaterThanOrEqual(FLOORS.topics.recall);
    expect(precision(people)).toBeGreaterThanOrEqual(FLOORS.people.precision);
    expect(recall(people)).toBeGreaterThanOrEqual(FLOORS.people.recall);
    expect(kinds / fixtures.length).toBeGreaterThanOrEqual(FLOORS.kind);
    expect(places / fixtures.length).toBeGreaterThanOrEqual(FLOORS.place);
  });
});
