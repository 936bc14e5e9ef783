// Behaviour of each suggestion on short articles, against the real dictionary of the seeded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dictionary } from './dictionary';
import { extractDraft } from './extract';
import type { ExtractInput } from './types';
import { testDictionary } from './__fixtures__/load';

let dict: Dictionary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dict, cleanup } = await testDictionary());
});
afterAll(() => cleanup());

const read = (text: string, more: Omit<ExtractInput, 'text'> = {}) => extractDraft({ text, ...more }, dict);

describe('language', () => {
  it('is detected from function words when not given', () => {
    expect(read('The minister said that the agreement was signed with IOM in Geneva.').language).toBe('en');
    expect(read('Le ministre a déclaré que l’accord a été signé avec l’OIM à Genève.').language).toBe('fr');
    expect(read('El ministro dijo que el acuerdo fue firmado con la OIM en Ginebra.').language).toBe('es');
    expect(read('Texte court.', { language: 'es' })).toMatchObject({
      language: 'es',
      languageDetected: false,
    });
  });
});

describe('kind', () => {
  it('names the kind and the sentence it rests on, in each language', () => {
    const kind = (text: string) => read(text).kind?.kind;
    expect(kind('Viet Nam and IOM held a working session in Geneva.')).toBe('meeting');
    expect(kind('Le ministre a tenu une réunion de travail avec l’OIM.')).toBe('meeting');
    expect(kind('El ministro sostuvo una reunión de trabajo con la OIM.')).toBe('meeting');
    expect(kind('Ghana and IOM signed a memorandum of understanding on labour migration.')).toBe('agreement');
    expect(kind('Germany pledged new support for the GCM at the forum.')).toBe('pledge');
    expect(kind('On Monday, the State of Kuwait donated USD 10 million to IOM.')).toBe('funding');
    const p = read(
      'IOM welcomed the news. The ministers of Mexico and Guatemala signed an agreement on migration.',
    );
    expect(p.kind).toMatchObject({ kind: 'agreement', sentenceIndex: 1 });
  });

  it('is not read from an organisation’s name, and is absent without evidence', () => {
    expect(read('The Asia-Europe Meeting published figures on remittances.').kind).toBeNull();
  });
});

describe('topics and objectives', () => {
  it('come with the phrase and sentence they rest on', () => {
    const p = read(
      'Les deux parties ont parlé des transferts de fonds. Elles ont évoqué la traite des personnes.',
    );
    expect(p.topics.map((t) => [t.topicId, t.matches[0]!.text, t.sentenceIndex])).toEqual([
      ['remittances', 'transferts de fonds', 0],
      ['trafficking-smuggling', 'traite des personnes', 1],
    ]);
    expect(p.objectives.map((o) => [o.number, o.viaTopics])).toEqual([
      [9, ['trafficking-smuggling']],
      [10, ['trafficking-smuggling']],
      [20, ['remittances']],
    ]);
  });

  it('are not proposed without evidence, nor from an organisation’s name', () => {
    expect(
      read('The International Labour Organization and the World Trade Organization met IOM.').topics,
    ).toEqual([]);
    expect(read('Le traité a été signé par la Suisse.').topics).toEqual([]);
    // "un climat positif" is the mood of the talks, not the climate.
    expect(read('La session s’est tenue dans un climat positif et serein.').topics).toEqual([]);
  });

  it('include objectives the article names directly', () => {
    const en = read('The pledge supports objective 23 of the Global Compact.');
    expect(en.objectives).toEqual([expect.objectContaining({ number: 23, viaTopics: [], sentenceIndex: 0 })]);
    expect(read('Cela sert l’objectif 6 et l’objectif 15.').objectives.map((o) => o.number)).toEqual([6, 15]);
    expect(
      read('Contribuye a los objetivos 2 y 19, no a la meta 10.7.').objectives.map((o) => o.number),
    ).toEqual([2, 19]);
    expect(read('Avance hacia el objetivo 10.7 de los ODS.').objectives).toEqual([]);
  });
});

describe('people', () => {
  it('are found next to their titles, which are shown in English', () => {
    const p = read('Director General Amy Pope met Ambassador Lê Thị Tuyết Mai in Geneva.');
    expect(p.people.map((x) => [x.name, x.title, x.titleOriginal])).toEqual([
      ['Amy Pope', 'Director General', 'Director General'],
      ['Lê Thị Tuyết Mai', 'Ambassador', 'Ambassador'],
    ]);
    const es = read('La embajadora Ana María Pérez, representante permanente de México ante la OIM, habló.');
    expect(es.people).toEqual([
      expect.objectContaining({
        name: 'Ana María Pérez',
        title: 'Ambassador, Permanent Representative',
        affiliationActorId: 'MEX',
      }),
    ]);
    const fr = read('Le Directeur général de l’OIM, António Vitorino, a signé.');
    expect(fr.people).toEqual([
      expect.objectContaining({
        name: 'António Vitorino',
        title: 'Director General',
        affiliationActorId: 'iom',
      }),
    ]);
  });

  it('are found across a body or place named between title and name, and with particles', () => {
    const p = read(
      'The Foreign Minister met IOM Chief of Mission in Bangladesh Abdusattor Esoev on Tuesday.',
    );
    expect(p.people).toEqual([
      expect.objectContaining({
        name: 'Abdusattor Esoev',
        title: 'Chief of Mission',
        affiliationActorId: 'iom',
      }),
    ]);
    const es = read('El canciller Juan Ramón de la Fuente sostuvo un encuentro con la OIM.');
    expect(es.people.map((x) => [x.name, x.title])).toEqual([
      ['Juan Ramón de la Fuente', 'Minister of Foreign Affairs'],
    ]);
  });

  it('keep two titled people of one sentence apart, and a surname alone with its full name', () => {
    const fr = read(
      'Le ministre des Affaires étrangères, ministre de l’Immigration, Jean Asselborn, a reçu le directeur général de l’OIM, Antonio Vitorino. M. Asselborn a remercié M. Vitorino.',
    );
    expect(fr.people.map((x) => [x.name, x.title, x.affiliationActorId, x.matches.length])).toEqual([
      ['Jean Asselborn', 'Minister', null, 2],
      ['Antonio Vitorino', 'Director General', 'iom', 2],
    ]);
  });

  it('are not made of captions, programme names or untitled capitalised words', () => {
    const p = read('Photo: OIM\n\nThe Global Compact and the Migration Network Hub. Amy Pope spoke.');
    expect(p.people).toEqual([]);
  });
});

describe('place', () => {
  it('comes from the dateline, with cities we only know as capitals or by their country', () => {
    expect(read('Dakar – Le 18 janvier 2024, le comité s’est réuni.').place).toMatchObject({
      placeId: null,
      name: 'Dakar',
      countryId: 'SEN',
      basis: 'dateline',
    });
    expect(read('Mombasa, Kenya, 25 March 2021 – IOM and IGAD signed an agreement.').place).toMatchObject({
      placeId: null,
      name: 'Mombasa',
      countryId: 'KEN',
    });
    expect(read('GINEBRA – La OIM firmó un acuerdo.').place).toMatchObject({ placeId: 'geneva' });
  });

  it('comes from “in <city>” in the event sentence, never from an organisation’s seat', () => {
    expect(
      read('IOM and ECO will sign a memorandum in Geneva. ECO has its seat in Tehran.').place,
    ).toMatchObject({
      placeId: 'geneva',
      basis: 'text',
    });
    expect(read('El acuerdo fue firmado. El BCIE tiene su sede principal en Tegucigalpa.').place).toBeNull();
  });
});

describe('date', () => {
  it('prefers the dateline, then the date nearest the event words', () => {
    expect(read('Istanbul, Türkiye, 21 juin 2025 - L’OIM a signé un accord.').date).toMatchObject({
      value: '2025-06-21',
      basis: 'event',
      confidence: 'high',
    });
    const p = read('The memorandum was signed on 3 May 2019, building on an agreement of March 2010.');
    expect(p.date).toMatchObject({ value: '2019-05-03', sentenceIndex: 0 });
  });

  it('leaves the date empty when the event’s own date has no year and no publication date resolves it', () => {
    const text =
      'La firma del Memorando fue realizada el pasado viernes 20 de febrero, tras la aprobación en Diciembre de 2014.';
    const p = read(text);
    expect(p.date).toBeNull();
    expect(p.dateMentions[0]).toMatchObject({
      text: '20 de febrero',
      value: null,
      note: expect.stringContaining('without a year'),
    });
    expect(read(text, { publishedOn: '2015-02-23' }).date).toMatchObject({
      value: '2015-02-20',
      confidence: 'medium',
    });
  });

  it('reads a weekday in the event sentence as the last one before publication', () => {
    const p = read('Ghana and IOM met on Tuesday in Accra. The news was published on Thursday.', {
      publishedOn: '2024-05-02',
    });
    expect(p.date).toMatchObject({
      value: '2024-04-30',
      basis: 'event',
      confidence: 'medium',
      sentenceIndex: 0,
    });
  });

  it('reads today and yesterday against the publication date', () => {
    expect(
      read('Ghana and IOM signed an agreement today.', { publishedOn: '2024-05-02' }).date,
    ).toMatchObject({
      value: '2024-05-02',
      basis: 'event',
    });
    expect(
      read('Ayer, la OIM y Chile firmaron un acuerdo.', { publishedOn: '2024-05-02' }).date,
    ).toMatchObject({
      value: '2024-05-01',
    });
  });
});
