// The review model on a real proposal (a labelled fixture article read with the seeded dictionary):
// only accepted suggestions reach the draft, changes are carried, the article becomes the source, the
// result passes the record schema, and the highlighted evidence is the text the suggestion rests on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtures, testDictionary } from '@/lib/assistant/__fixtures__/load';
import { extractDraft } from '@/lib/assistant/extract';
import type { Proposal } from '@/lib/assistant/types';
import { withDefaultIds } from '@/lib/domain/record-ids';
import { recordInputSchema } from '@/lib/domain/record-input';
import { rawOf } from '../editor/draft';
import { pieces } from './highlight';
import {
  acceptUndecided,
  draftFromReview,
  evidenceOf,
  initialReview,
  keyOf,
  suggestionKeys,
  titleFromText,
  type ArticleMeta,
} from './review-model';

const fixture = readFixtures().find((f) => f.slug === 'en-iom-netherlands-mou-2016')!;
let p: Proposal;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const t = await testDictionary();
  cleanup = t.cleanup;
  p = extractDraft({ text: fixture.text, publishedOn: fixture.publishedOn }, t.dict);
});
afterAll(() => cleanup());

const meta = (): ArticleMeta => ({
  text: fixture.text,
  title: '',
  url: fixture.url,
  publisher: fixture.publisher,
  publishedOn: fixture.publishedOn ?? '',
});

describe('the review of a proposal', () => {
  it('carries nothing the editor did not accept, but always the article as the source', () => {
    const d = draftFromReview(p, initialReview(p), meta(), 'Quoted excerpt');
    expect(d.participants).toEqual([{ actor: '', role: 'party', detail: '' }]);
    expect([d.topics, d.objectives, d.people, d.date, d.place]).toEqual([[], [], [], '', '']);
    expect(d.sources).toEqual([
      {
        source: {
          id: '',
          publisher: 'News Bharati English',
          title: titleFromText(fixture.text),
          url: fixture.url,
          language: 'en',
          publishedOn: '2016-09-13',
          licence: 'Quoted excerpt',
        },
        excerpt: '',
      },
    ]);
  });

  it('makes a valid record of the accepted and changed suggestions once the editor adds a title', () => {
    let r = acceptUndecided(p, initialReview(p));
    r = { ...r, decisions: { ...r.decisions, [keyOf.actor('un')]: 'reject' } };
    r = { ...r, roles: { ...r.roles, NLD: 'signatory' }, kind: 'agreement' };
    r = { ...r, people: r.people.map((x, i) => (i === 0 ? { ...x, title: 'Minister for Trade' } : x)) };
    const d = draftFromReview(p, r, { ...meta(), title: 'IOM and the Netherlands sign an MoU' }, 'Quoted');
    expect(d.participants.map((x) => [x.actor, x.role])).toEqual(
      p.actors
        .filter((a) => a.actorId !== 'un')
        .map((a) => [a.actorId, a.actorId === 'NLD' ? 'signatory' : a.role]),
    );
    expect(d.participants.some((x) => x.actor === 'un')).toBe(false);
    expect(d).toMatchObject({ kind: 'agreement', date: p.date!.value, place: 'geneva' });
    expect(d.people).toEqual(
      p.people.map((x, i) => ({
        name: x.name,
        title: i === 0 ? 'Minister for Trade' : (x.title ?? ''),
        affiliation: x.affiliationActorId ?? '',
      })),
    );
    expect(d.people.map((x) => x.name)).toEqual(['Lilianne Ploumen', 'William Lacy Swing']);
    expect(d.topics).toEqual(p.topics.map((t) => t.topicId));
    expect(d.objectives).toEqual(p.objectives.map((o) => o.number));
    expect(d.sources[0]!.excerpt).toBe(p.excerpt!.text);
    expect(d.sources[0]!.source.title).toBe('IOM and the Netherlands sign an MoU');

    const parsed = recordInputSchema.safeParse(withDefaultIds(rawOf({ ...d, title: 'IOM–Netherlands MoU' })));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('quotes another sentence when the editor picks one', () => {
    const other = p.sentences.find((s) => s.index !== p.excerpt!.sentenceIndex)!;
    const r = {
      ...initialReview(p),
      excerptSentence: other.index,
      decisions: { [keyOf.excerpt]: 'accept' as const },
    };
    expect(draftFromReview(p, r, meta(), 'x').sources[0]!.excerpt).toBe(other.text.trim());
    expect(evidenceOf(p, keyOf.excerpt, r)).toEqual({ sentences: [other.index], spans: [] });
  });

  it('points each suggestion at the words and sentences it rests on', () => {
    const r = initialReview(p);
    const iom = evidenceOf(p, keyOf.actor('iom'), r);
    expect(iom.spans.length).toBeGreaterThan(1);
    for (const s of iom.spans)
      expect(fixture.text.slice(s.start, s.end)).toMatch(/IOM|International Organization/);
    const objective = p.objectives[0]!;
    const viaTopic = p.topics.find((t) => objective.viaTopics.includes(t.topicId))!;
    expect(evidenceOf(p, keyOf.objective(objective.number), r).sentences).toEqual(
      expect.arrayContaining(viaTopic.matches.map((m) => m.sentenceIndex)),
    );
    expect(suggestionKeys(p)).toContain(keyOf.place);
    expect(evidenceOf(p, null, r)).toEqual({ sentences: [], spans: [] });
  });
});

describe('pieces of the highlighted article', () => {
  const text = 'One two. Three four five. Six.';
  const sentences = [
    { index: 0, start: 0, end: 8, text: 'One two.' },
    { index: 1, start: 9, end: 25, text: 'Three four five.' },
    { index: 2, start: 26, end: 30, text: 'Six.' },
  ];

  it('marks the evidence sentence and the matched words, overlapping matches merged, and loses no text', () => {
    const out = pieces(text, sentences, {
      sentences: [1],
      spans: [
        { start: 15, end: 19 },
        { start: 9, end: 14 },
        { start: 17, end: 24 },
      ],
    });
    expect(out.map((x) => x.parts.map((q) => q.text).join('')).join('')).toBe(text);
    const marked = out.find((x) => x.sentence === 1)!;
    expect(marked.parts).toEqual([
      { text: 'Three', match: true },
      { text: ' ', match: false },
      { text: 'four five', match: true },
      { text: '.', match: false },
    ]);
    expect(out.filter((x) => x.sentence !== null)).toHaveLength(1);
  });

  it('is the whole text, unmarked, without evidence', () => {
    expect(pieces(text, sentences, { sentences: [], spans: [] })).toEqual([
      { start: 0, sentence: null, parts: [{ text, match: false }] },
    ]);
  });
});

describe('titleFromText', () => {
  it('uses the first line, cut at a word with an ellipsis when long', () => {
    expect(titleFromText('  Short headline\nBody text.')).toBe('Short headline');
    const long = `${'word '.repeat(40)}end`;
    const title = titleFromText(long, 50);
    expect(title.endsWith('word…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(51);
  });
});
