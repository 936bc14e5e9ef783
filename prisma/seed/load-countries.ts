// States and territories from the ISO/UN country-codes table, with UN names in six languages and the
// common names of i18n-iso-countries (including Vietnamese) as aliases.
import { dataPath, cell, readCsv, readJson, required } from './files';
import { DATASET_SOURCES } from './sources';
import type { ActorRow, AliasRow } from './model';

type Names = { countries: Record<string, string | string[]> };

/** "Netherlands (the)" -> "Netherlands", "Afghanistan (l')" -> "Afghanistan", "Holy See (the) *" -> "Holy See". */
export function cleanUnName(name: string): string {
  return name
    .replace(/\s*\*$/, '')
    .replace(/\s*\((the|l[’']|le|la|les|el|los|las)\)$/i, '')
    .trim();
}

/** UN member states at the GCM vote: every state with a recorded vote in session 73 (see SOURCES.md).
 * The voting data codes Serbia with the former Yugoslavia's code YU. */
export function unMemberAlpha2(): Set<string> {
  const dir = dataPath('reference', 'unga-votes');
  const codes = [
    ...readCsv(`${dir}/gcm_A-RES-73-195_votes.csv`),
    ...readCsv(`${dir}/gcm_A-RES-73-195_not_recorded.csv`),
  ].map((r) => required(r, 'country_code', 'unga votes'));
  return new Set(codes.map((c) => (c === 'YU' ? 'RS' : c)));
}

export function loadCountries(): { actors: ActorRow[]; aliases: AliasRow[] } {
  const rows = readCsv(dataPath('reference', 'country-codes', 'country-codes.csv'));
  const names: Record<string, Names> = {};
  for (const lang of ['en', 'fr', 'es', 'vi'])
    names[lang] = readJson<Names>(dataPath('reference', 'i18n-country-names', `${lang}.json`));
  const un = unMemberAlpha2();

  const actors: ActorRow[] = [];
  const aliases: AliasRow[] = [];
  for (const [i, r] of rows.entries()) {
    const where = `country-codes.csv row ${i + 2}`;
    const id = required(r, 'ISO3166-1-Alpha-3', where);
    const iso2 = required(r, 'ISO3166-1-Alpha-2', where);
    const i18n = (lang: string): string[] => {
      const v = names[lang]?.countries[iso2];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    };
    const official = (col: string) => {
      const v = cell(r, col);
      return v ? cleanUnName(v) : null;
    };
    const nameEn = official('official_name_en') ?? cell(r, 'CLDR display name') ?? i18n('en')[0];
    if (!nameEn) throw new Error(`${where}: no English name`);
    const numeric = cell(r, 'ISO3166-1-numeric');

    actors.push({
      id,
      kind: 'state',
      nameEn,
      nameFr: official('official_name_fr') ?? i18n('fr')[0] ?? null,
      nameEs: official('official_name_es') ?? i18n('es')[0] ?? null,
      nameAr: official('official_name_ar'),
      nameZh: official('official_name_cn'),
      nameRu: official('official_name_ru'),
      nameVi: i18n('vi')[0] ?? null,
      formalNameEn: official('UNTERM English Formal'),
      acronym: null,
      acronymFr: null,
      acronymEs: null,
      acronymAr: null,
      iso2,
      isoNumeric: numeric ? numeric.padStart(3, '0') : null,
      m49RegionCode: cell(r, 'Region Code'),
      m49RegionName: cell(r, 'Region Name'),
      m49SubRegionCode: cell(r, 'Sub-region Code'),
      m49SubRegionName: cell(r, 'Sub-region Name'),
      m49IntermediateCode: cell(r, 'Intermediate Region Code'),
      m49IntermediateName: cell(r, 'Intermediate Region Name'),
      unMember: un.has(iso2),
      independence: cell(r, 'is_independent'),
      website: null,
      sourceId: DATASET_SOURCES.countryCodes!.id,
    });

    const add = (lang: string, alias: string | null | undefined, type: AliasRow['type']) => {
      if (alias) aliases.push({ actorId: id, lang, alias: cleanUnName(alias), type });
    };
    for (const [lang, col] of [
      ['en', 'English'],
      ['fr', 'French'],
      ['es', 'Spanish'],
      ['ru', 'Russian'],
      ['zh', 'Chinese'],
      ['ar', 'Arabic'],
    ] as const) {
      add(lang, cell(r, `UNTERM ${col} Short`), 'short');
      add(lang, cell(r, `UNTERM ${col} Formal`), 'formal');
    }
    add('en', cell(r, 'CLDR display name'), 'short');
    for (const lang of ['en', 'fr', 'es', 'vi'])
      for (const n of i18n(lang)) add(lang, n, /^[A-Z.]{2,6}$/.test(n) ? 'acronym' : 'name');
  }
  return { actors, aliases };
}
