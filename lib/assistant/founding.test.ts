// The founding article (shared/seed, outside the repository) must be read as shared/seed/README.md says.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary } from './dictionary';
import { extractDraft } from './extract';
import type { Proposal } from './types';
import { FOUNDING_ARTICLE, testDictionary } from './__fixtures__/load';

const present = fs.existsSync(FOUNDING_ARTICLE);
if (!present)
  console.warn(
    `Founding article tests skipped: ${FOUNDING_ARTICLE} is absent (it is never copied into the repository).`,
  );

describe.skipIf(!present)('the founding article', () => {
  let dict: Dictionary;
  let cleanup: () => Promise<void>;
  let text: string;
  let p: Proposal;
  beforeAll(async () => {
    ({ dict, cleanup } = await testDictionary());
    text = fs.readFileSync(FOUNDING_ARTICLE, 'utf8');
    p = extractDraft({ text, publishedOn: '2023-11-20' }, dict);
  });
  afterAll(() => cleanup());

  it('is read as French', () => {
    expect(p).toMatchObject({ language: 'fr', languageDetected: true });
  });

  it('proposes exactly its seven actors, Viet Nam and IOM as the parties', () => {
    expect(p.actors.map((a) => a.actorId).sort()).toEqual([
      'VNM',
      'apec',
      'asean',
      'asem',
      'iom',
      'un',
      'wto',
    ]);
    const roles = Object.fromEntries(p.actors.map((a) => [a.actorId, a.role]));
    expect(roles).toMatchObject({
      VNM: 'party',
      iom: 'party',
      un: 'mentioned',
      wto: 'mentioned',
      asean: 'mentioned',
    });
    expect(p.actors.every((a) => a.confidence === 'high')).toBe(true);
    const vnm = p.actors.find((a) => a.actorId === 'VNM')!;
    expect(vnm.matches.map((m) => m.text)).toContain('vietnamienne');
  });

  it('reads the slip “l’OMI” as IOM, flagged, without making OMI an alias', () => {
    const slip = p.actors.find((a) => a.actorId === 'iom')!.matches.find((m) => m.text === 'OMI');
    expect(slip).toMatchObject({ via: 'transposition', confidence: 'medium' });
    expect(p.sentences[slip!.sentenceIndex]!.text).toContain('a assumé le poste');
    expect(dict.knownAcronyms.has('OMI')).toBe(false);
  });

  it('places it in Geneva from the dateline', () => {
    expect(p.place).toMatchObject({
      placeId: 'geneva',
      countryId: 'CHE',
      basis: 'dateline',
      sentenceIndex: 0,
    });
    expect(p.place!.matches.map((m) => m.text)).toEqual(['Genève', 'Genève']);
  });

  it('names the two people with their titles and affiliations, and no caption junk', () => {
    expect(p.people.map((x) => [x.name, x.affiliationActorId])).toEqual([
      ['Lê Thi Tuyêt Mai', 'VNM'],
      ['Amy Pope', 'iom'],
    ]);
    const [mai, pope] = p.people;
    expect(mai!.title).toBe('Ambassador, Head of the Permanent Mission');
    expect(mai!.titleOriginal).toMatch(
      /^ambassadrice, chef de la mission permanente du Vietnam auprès des Nations Unies/,
    );
    expect(pope!.title).toBe('Director General');
    expect(pope!.titleOriginal).toMatch(
      /^directrice générale de l’Organisation internationale pour les migrations/,
    );
    expect(pope!.matches.length).toBeGreaterThanOrEqual(4);
  });

  it('is a meeting, resting on the “séance de travail” sentence', () => {
    expect(p.kind).toMatchObject({ kind: 'meeting', confidence: 'high' });
    expect(p.sentences[p.kind!.sentenceIndex]!.text).toMatch(/^Lors d’une récente séance de travail/);
  });

  it('finds labour migration, health and climate with their evidence, and their GCM objectives', () => {
    const topics = p.topics.map((t) => t.topicId);
    expect(topics).toEqual(expect.arrayContaining(['labour-migration', 'health', 'climate']));
    expect(topics).not.toContain('data'); // "la base de données de l’OIM" is not migration data
    const health = p.topics.find((t) => t.topicId === 'health')!;
    expect(health.matches.map((m) => m.text)).toContain('soins de santé');
    expect(p.objectives.map((o) => o.number)).toEqual(expect.arrayContaining([2, 6, 15]));
  });

  it('proposes the publication date as reported, not the day Amy Pope took office', () => {
    expect(p.date).toMatchObject({ value: '2023-11-20', precision: 'day', basis: 'reported' });
    expect(p.date!.reason).toMatch(/récente/);
    expect(p.date!.reason).toMatch(/1er octobre 2023/);
    expect(p.dateMentions).toEqual([
      expect.objectContaining({ value: '2023-10-01', setAside: expect.stringContaining('poste') }),
    ]);
    // Without a publication date there is nothing honest to propose.
    expect(extractDraft({ text }, dict).date).toBeNull();
  });

  it('splits the glued sentences and quotes the commitment as the key sentence', () => {
    expect(p.sentences.some((s) => s.text.startsWith('Elle a évoqué plusieurs domaines'))).toBe(true);
    expect(p.excerpt!.text).toMatch(
      /^Le Vietnam a soutenu et s’est engagé à renforcer la coopération avec l’OIM/,
    );
    expect(p.excerpt!.text).toMatch(/à Genève\.$/);
  });

  it('points every suggestion at the text it rests on', () => {
    const all = [
      ...p.actors.flatMap((a) => a.matches),
      ...p.topics.flatMap((t) => t.matches),
      ...p.people.flatMap((x) => x.matches),
      ...p.place!.matches,
      ...p.kind!.matches,
      p.excerpt!,
    ];
    for (const m of all) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      const s = p.sentences[m.sentenceIndex]!;
      expect(m.start >= s.start && m.end <= s.end).toBe(true);
    }
  });
});
