// Actor recognition against the real dictionary of the seeded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTransposition } from './actors';
import { buildDictionary, type Dictionary } from './dictionary';
import { extractDraft } from './extract';
import { testDictionary } from './__fixtures__/load';

let dict: Dictionary;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dict, cleanup } = await testDictionary());
});
afterAll(() => cleanup());

const actorIds = (text: string, language: 'en' | 'fr' | 'es' = 'en') =>
  extractDraft({ text, language }, dict)
    .actors.map((a) => a.actorId)
    .sort();

describe('acronyms', () => {
  it('match case-sensitively on word boundaries only', () => {
    expect(actorIds('The US and the UN met. Let us talk to them, un peu.')).toEqual(['USA', 'un']);
    expect(actorIds('Bonus: the UNDP and UNESCO programmes, the ONUSIDA office.', 'fr')).toEqual([]);
    expect(actorIds('Un accord entre la Suisse et us.', 'fr')).toEqual(['CHE']);
    expect(actorIds('Des financements de l’ONU et de l’OIM.', 'fr')).toEqual(['iom', 'un']);
  });

  it('read U.S. with its full stops', () => {
    expect(actorIds('The U.S. Government and IOM signed.')).toEqual(['USA', 'iom']);
  });
});

describe('names', () => {
  it('match in any of our languages, accent- and case-insensitively', () => {
    expect(
      actorIds('La OIM y el Gobierno de México firmaron con la Organización Mundial del Comercio.', 'es'),
    ).toEqual(['MEX', 'iom', 'wto']);
    expect(actorIds('VIET NAM, Viêt Nam and the Socialist Republic of Viet Nam')).toEqual(['VNM']);
  });

  it('keep the longest name and leave overlaps out', () => {
    const p = extractDraft(
      { text: 'The United Nations Network on Migration met the United Nations.', language: 'en' },
      dict,
    );
    expect(p.actors.map((a) => [a.actorId, a.matches.map((m) => m.text)])).toEqual([
      ['un-network-on-migration', ['United Nations Network on Migration']],
      ['un', ['United Nations']],
    ]);
    expect(actorIds('Organisation internationale pour les migrations', 'fr')).toEqual(['iom']);
  });

  it('ignore state names that are ordinary words, first names or parts of other places', () => {
    expect(actorIds('Réunion de travail avec Maurice Dupont au Nouveau-Mexique.', 'fr')).toEqual([]);
    expect(actorIds('Officials from New Mexico and New Jersey met Mexico.')).toEqual(['MEX']);
    expect(actorIds('The Republic of Mauritius and La Réunion.')).toEqual(expect.arrayContaining(['MUS']));
  });

  it('accept such a name after a place preposition or in a list of states', () => {
    expect(actorIds('Josiah Ogina est en visite officielle à Maurice.', 'fr')).toEqual(['MUS']);
    expect(actorIds('Madagascar, Maurice et les Seychelles.', 'fr')).toEqual(['MDG', 'MUS', 'SYC']);
    expect(actorIds('Madagascar et Maurice Dupont.', 'fr')).toEqual(['MDG']);
  });

  it('match names in other scripts only as written', () => {
    // Folded Vietnamese "Mỹ" (United States) is "my"; it must not match the English word.
    expect(actorIds('My ministry met IOM.')).toEqual(['iom']);
  });

  it('flag a name shared by two states as doubtful', () => {
    const p = extractDraft({ text: 'IOM opened an office in Congo.', language: 'en' }, dict);
    const congo = p.actors.filter((a) => a.matches.some((m) => m.text === 'Congo'));
    expect(congo.map((a) => a.actorId).sort()).toEqual(['COD', 'COG']);
    expect(congo.every((a) => a.confidence === 'low' && /may name/.test(a.reason))).toBe(true);
  });
});

describe('demonyms', () => {
  it('count next to an institution word in English, French and Spanish', () => {
    expect(actorIds('The Vietnamese Ministry of Labour met IOM.')).toEqual(['VNM', 'iom']);
    expect(actorIds('La diplomate vietnamienne a rencontré l’OIM.', 'fr')).toEqual(['VNM', 'iom']);
    expect(actorIds('Le gouvernement vietnamien a signé.', 'fr')).toEqual(['VNM']);
    expect(actorIds('El gobierno vietnamita y la OIM.', 'es')).toEqual(['VNM', 'iom']);
    const vnm = extractDraft({ text: 'the Vietnamese side agreed', language: 'en' }, dict).actors[0]!;
    expect(vnm).toMatchObject({ actorId: 'VNM', confidence: 'medium' });
    expect(vnm.matches[0]).toMatchObject({ text: 'Vietnamese', via: 'demonym' });
  });

  it('are not the state on their own, and language names are not nationalities', () => {
    expect(actorIds('Vietnamese workers abroad sent money home.')).toEqual([]);
    expect(actorIds('Le programme (MPRR-SSA, en anglais) a commencé.', 'fr')).toEqual([]);
  });
});

describe('the acronym slip rule', () => {
  it('reads “OMI” as IOM only when the article uses “OIM”', () => {
    const text = 'La directrice générale de l’OIM a parlé. Elle dirige l’OMI depuis octobre.';
    const iom = extractDraft({ text, language: 'fr' }, dict).actors.find((a) => a.actorId === 'iom')!;
    const slip = iom.matches.find((m) => m.text === 'OMI')!;
    expect(slip).toMatchObject({ via: 'transposition', confidence: 'medium', sentenceIndex: 1 });
    expect(slip.note).toMatch(/slip for “OIM”/);
    expect(iom.confidence).toBe('high');
    // Alone, OMI (the International Maritime Organization in French) is nobody we know.
    expect(actorIds('L’OMI a publié un rapport sur la sécurité maritime.', 'fr')).toEqual([]);
    expect(dict.knownAcronyms.has('OMI')).toBe(false);
  });

  it('never turns a slip into another body that is in the dictionary', () => {
    const mini = buildDictionary({
      actors: [
        {
          id: 'iom',
          kind: 'igo',
          name: 'International Organization for Migration',
          acronym: 'IOM',
          names: [],
          aliases: [{ lang: 'fr', alias: 'OIM', type: 'acronym' }],
        },
        {
          id: 'imo',
          kind: 'un_entity',
          name: 'International Maritime Organization',
          acronym: 'IMO',
          names: [],
          aliases: [{ lang: 'fr', alias: 'OMI', type: 'acronym' }],
        },
      ],
      places: [],
      topics: [],
      objectives: [],
      capitals: [],
    });
    const p = extractDraft({ text: 'L’OIM et l’OMI ont signé.', language: 'fr' }, mini);
    expect(p.actors.map((a) => [a.actorId, a.matches.map((m) => m.via)])).toEqual([
      ['iom', ['acronym']],
      ['imo', ['acronym']],
    ]);
  });

  it('only swaps two neighbouring letters', () => {
    expect(isTransposition('OMI', 'OIM')).toBe(true);
    expect(isTransposition('MOI', 'OIM')).toBe(false);
    expect(isTransposition('OIM', 'OIM')).toBe(false);
    expect(isTransposition('OCI', 'OIM')).toBe(false);
  });
});
