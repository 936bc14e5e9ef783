// International organisations, UN entities, regional bodies, forums and regional consultative
// processes: the editorial list in data/editorial/organisations.csv.
import { isAcronym, localAcronyms } from '../../lib/domain/acronyms';
import { ACTOR_KINDS, isOneOf } from '../../lib/domain/vocab';
import { cell, dataPath, readCsv, required } from './files';
import { DATASET_SOURCES } from './sources';
import type { ActorRow, AliasRow } from './model';

export function loadOrganisations(): { actors: ActorRow[]; aliases: AliasRow[] } {
  const rows = readCsv(dataPath('editorial', 'organisations.csv'));
  const actors: ActorRow[] = [];
  const aliases: AliasRow[] = [];
  for (const [i, r] of rows.entries()) {
    const where = `organisations.csv row ${i + 2}`;
    const id = required(r, 'id', where);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      throw new Error(`${where}: id "${id}" is not a lower-case slug`);
    const kind = required(r, 'kind', where);
    if (!isOneOf(ACTOR_KINDS, kind) || kind === 'state') throw new Error(`${where}: unknown kind "${kind}"`);
    const acronym = cell(r, 'acronym');
    const own: AliasRow[] = [];
    for (const entry of (cell(r, 'aliases') ?? '').split('|').filter(Boolean)) {
      const m = /^([a-z]{2,3}):(.+)$/.exec(entry.trim());
      if (!m) throw new Error(`${where}: alias "${entry}" is not written lang:alias`);
      const alias = m[2]!.trim();
      own.push({
        actorId: id,
        lang: m[1]!,
        alias,
        type: isAcronym(alias) ? 'acronym' : 'name',
      });
    }
    actors.push({
      id,
      kind,
      nameEn: required(r, 'name_en', where),
      nameFr: cell(r, 'name_fr'),
      nameEs: cell(r, 'name_es'),
      nameAr: cell(r, 'name_ar'),
      nameZh: cell(r, 'name_zh'),
      nameRu: cell(r, 'name_ru'),
      nameVi: cell(r, 'name_vi'),
      formalNameEn: null,
      acronym,
      ...localAcronyms(own),
      iso2: null,
      isoNumeric: null,
      m49RegionCode: null,
      m49RegionName: null,
      m49SubRegionCode: null,
      m49SubRegionName: null,
      m49IntermediateCode: null,
      m49IntermediateName: null,
      unMember: false,
      independence: null,
      website: cell(r, 'website'),
      sourceId: DATASET_SOURCES.organisations!.id,
    });
    if (acronym) aliases.push({ actorId: id, lang: 'und', alias: acronym, type: 'acronym' });
    aliases.push(...own);
  }
  return { actors, aliases };
}
