import { describe, expect, it } from 'vitest';
import { recordInputSchema } from './record-input';

const valid = {
  id: 'test-record',
  kind: 'meeting',
  title: 'A meeting',
  summary: '',
  date: '2023-11',
  participants: [{ actor: 'VNM', role: 'party' }],
  sources: [
    {
      source: {
        id: 'src',
        publisher: 'Pub',
        title: 'T',
        url: 'https://example.org/a',
        language: 'en',
        publishedOn: null,
        licence: 'CC BY',
      },
      excerpt: 'Quoted.',
    },
  ],
};

const messages = (input: unknown) => {
  const r = recordInputSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('recordInputSchema', () => {
  it('accepts a complete record and fills defaults', () => {
    const r = recordInputSchema.parse(valid);
    expect(r).toMatchObject({ dateBasis: 'event', people: [], topics: [], objectives: [] });
  });

  it('requires a participant and a source', () => {
    expect(messages({ ...valid, participants: [] })).toEqual([
      'participants: A record needs at least one participant.',
    ]);
    expect(messages({ ...valid, sources: [] })).toEqual(['sources: A record needs at least one source.']);
  });

  it('names each bad field with a clear message', () => {
    expect(messages({ ...valid, date: '2023-02-30' })).toEqual([
      'date: Write the date as YYYY, YYYY-MM or YYYY-MM-DD (a real date).',
    ]);
    expect(messages({ ...valid, kind: 'party' })[0]).toMatch(/^kind:/);
    expect(messages({ ...valid, objectives: [24] })[0]).toMatch(/^objectives.0:/);
    expect(messages({ ...valid, endDate: '2023-10' })).toEqual([
      'endDate: The end date is before the start date.',
    ]);
    expect(messages({ ...valid, participants: [valid.participants[0], valid.participants[0]] })).toEqual([
      'participants.1.actor: VNM is listed twice.',
    ]);
    expect(
      messages({
        ...valid,
        sources: [
          { ...valid.sources[0], source: { ...valid.sources[0]!.source, url: 'javascript:alert(1)' } },
        ],
      })[0],
    ).toMatch(/^sources.0.source.url: Give a web address starting with http/);
    expect(messages({ ...valid, id: 'Not A Slug' })[0]).toMatch(/^id: Use lower-case letters/);
  });
});
