// Language-aware search against the seeded database (SQLite FTS5 by default, PostgreSQL full-text search
// when DATABASE_URL names one): a place or an actor is found by its name in any language we hold, and
// the names the API returns follow `lang`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../domain/filter';
import type { RecordInput } from '../../domain/record-input';
import { loadRefIndex, searchTextFor } from '../../editing/refs';
import { testDb } from '../../../test/db';
import { listActors } from './actors';
import { filterOptions } from './options';
import { getRecord, listRecords } from './records';

const FOUNDING = 'vna-2023-11-viet-nam-iom-geneva';

let h: ReturnType<typeof testDb>;
beforeAll(() => {
  h = testDb();
});
afterAll(() => h.cleanup());

async function search(q: string) {
  const page = await listRecords(
    h.db,
    { ...EMPTY_FILTER, q },
    { page: 1, pageSize: 200, sort: '-date', lang: 'en' },
  );
  return page.items.map((r) => r.id).sort();
}

describe('record search in every language', () => {
  it('finds the same records for Geneva, Genève, Ginebra and جنيف', async () => {
    const geneva = await search('Geneva');
    expect(geneva).toContain(FOUNDING);
    expect(await search('Genève')).toEqual(geneva);
    expect(await search('geneve')).toEqual(geneva);
    expect(await search('Ginebra')).toEqual(geneva);
    expect(await search('جنيف')).toEqual(geneva);
  });

  it('finds a record by a participant’s name or acronym in another language', async () => {
    for (const q of ['OIM', 'Organización Internacional para las Migraciones', 'المنظمة الدولية للهجرة'])
      expect(await search(q), q).toContain(FOUNDING);
    // The place's country in Spanish and Arabic.
    expect(await search('Suiza')).toContain(FOUNDING);
    expect(await search('سويسرا')).toContain(FOUNDING);
  });

  it('finds nothing for a word no record holds in any language', async () => {
    expect(await search('Ginebrazzz')).toEqual([]);
  });

  it('indexes the names of a new record’s place in every language, as the editor and the import store it', async () => {
    const refs = await loadRefIndex(h.db);
    const input = {
      id: 'test-search-languages',
      kind: 'meeting',
      title: 'A meeting',
      summary: 'Met.',
      participants: [{ actor: 'iom', role: 'party' }],
      people: [],
      sources: [],
      place: 'geneva',
    } as unknown as RecordInput;
    const text = searchTextFor(input, refs);
    for (const name of ['geneva', 'geneve', 'ginebra', 'جنيف', 'oim', 'المنظمة الدولية للهجرة'])
      expect(text, name).toContain(name);
  });
});

describe('actor search in every language', () => {
  const find = async (q: string) => (await listActors(h.db, { kind: [], q, lang: 'en' })).map((a) => a.id);

  it('matches names, acronyms and aliases in any language', async () => {
    for (const q of ['IOM', 'OIM', 'Organisation internationale pour les migrations', 'المنظمة الدولية'])
      expect(await find(q), q).toContain('iom');
    for (const q of ['Switzerland', 'Suisse', 'Suiza', 'سويسرا']) expect(await find(q), q).toContain('CHE');
    expect(await find('ACNUR')).toContain('unhcr');
  });
});

describe('names in the requested language', () => {
  it('gives places, countries and acronyms in French, Spanish and Arabic', async () => {
    const fr = await getRecord(h.db, FOUNDING, 'fr');
    const es = await getRecord(h.db, FOUNDING, 'es');
    const ar = await getRecord(h.db, FOUNDING, 'ar');
    expect(fr!.place).toMatchObject({ name: 'Genève', country: { name: 'Suisse' } });
    expect(es!.place).toMatchObject({ name: 'Ginebra', country: { name: 'Suiza' } });
    expect(ar!.place).toMatchObject({ name: 'جنيف', country: { name: 'سويسرا' } });
    const iom = (r: typeof fr) => r!.participants.find((p) => p.actor.id === 'iom')!.actor;
    expect(iom(fr)).toMatchObject({
      acronym: 'OIM',
      name: 'Organisation internationale pour les migrations',
    });
    expect(iom(es)).toMatchObject({
      acronym: 'OIM',
      name: 'Organización Internacional para las Migraciones',
    });
    // Arabic has no acronym of its own for IOM: the Latin one is how Arabic text writes it.
    expect(iom(ar)).toMatchObject({ acronym: 'IOM', name: 'المنظمة الدولية للهجرة' });
    expect(iom(ar)).not.toHaveProperty('nameLang');
  });

  it('marks a label the sources lack in the language as English, and only then', async () => {
    const es = await filterOptions(h.db, 'es');
    const ar = await filterOptions(h.db, 'ar');
    const data = (o: typeof es) => o.objectives.find((x) => x.number === 1)!;
    // Spanish short labels come from the UN Network on Migration hub; there is no Arabic source.
    expect(data(es)).toEqual(expect.objectContaining({ short: 'Datos' }));
    expect(data(es)).not.toHaveProperty('shortLang');
    expect(data(ar)).toEqual(expect.objectContaining({ short: 'Data', shortLang: 'en' }));
    // Topics: Spanish names are editorial; Arabic ones are not written yet.
    expect(es.topics.every((t) => !t.nameLang)).toBe(true);
    expect(ar.topics.every((t) => t.nameLang === 'en')).toBe(true);
    // Every state has a UN name in Arabic and Spanish.
    expect(ar.countries.filter((c) => c.nameLang)).toEqual([]);
    expect(es.countries.filter((c) => c.nameLang)).toEqual([]);
  });
});
