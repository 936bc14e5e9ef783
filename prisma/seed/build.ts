// Loads every shipped file into one SeedData, then checks it whole: every id a row points at must
// exist, every record must pass the shared record schema. Nothing is written unless all of it holds.
import { recordInputSchema, type RecordInput, type SourceInput } from '../../lib/domain/record-input';
import { loadCountries } from './load-countries';
import { loadEditorialRecords, loadPlaces, loadTopics } from './load-editorial';
import { loadFrameworks, loadProcessRecords } from './load-gcm';
import { loadIom } from './load-iom';
import { loadMemberships } from './load-memberships';
import { loadOrganisations } from './load-organisations';
import { loadChampions, loadVote } from './load-stances';
import type { AliasRow, SeedData } from './model';
import { addSource, DATASET_SOURCES } from './sources';

export function buildSeedData(): SeedData {
  const sources = new Map<string, SourceInput>();
  for (const s of Object.values(DATASET_SOURCES)) addSource(sources, s);

  const countries = loadCountries();
  const orgs = loadOrganisations();
  const actors = [...countries.actors, ...orgs.actors];
  const byId = new Map(actors.map((a) => [a.id, a]));
  if (byId.size !== actors.length) throw new Error('Two actors share an id');
  const nameOf = (id: string) => {
    const a = byId.get(id);
    if (!a) throw new Error(`Unknown actor "${id}"`);
    return a.nameEn;
  };
  const labelOf = (id: string) => {
    const a = byId.get(id);
    return a?.acronym ?? (a?.kind === 'rcp' ? `the ${nameOf(id)}` : nameOf(id));
  };
  const byIso2 = new Map(countries.actors.map((a) => [a.iso2!, a.id]));
  const iso3Of = (alpha2: string) => {
    const id = byIso2.get(alpha2);
    if (!id) throw new Error(`Unknown ISO alpha-2 code "${alpha2}"`);
    return id;
  };

  // Every name is also an alias in its language, so search and matching need only the alias table.
  const aliasRows: AliasRow[] = [...countries.aliases, ...orgs.aliases];
  for (const a of actors) {
    for (const [lang, name] of [
      ['en', a.nameEn],
      ['fr', a.nameFr],
      ['es', a.nameEs],
      ['ar', a.nameAr],
      ['zh', a.nameZh],
      ['ru', a.nameRu],
      ['vi', a.nameVi],
    ] as const)
      if (name) aliasRows.push({ actorId: a.id, lang, alias: name, type: 'name' });
  }
  const aliasKey = (r: AliasRow) => `${r.actorId}\u0000${r.lang}\u0000${r.alias}`;
  const aliases = [...new Map(aliasRows.map((r) => [aliasKey(r), r])).values()];

  const places = loadPlaces();
  const topics = loadTopics();
  const { frameworks, commitments } = loadFrameworks(sources);
  const memberships = loadMemberships(sources, nameOf, labelOf);
  const iom = loadIom(sources, nameOf);
  const vote = loadVote(sources, iso3Of, nameOf);
  const champions = loadChampions(sources);

  const records: RecordInput[] = [
    ...loadEditorialRecords(),
    vote.record,
    ...loadProcessRecords(sources),
    ...champions.records,
    ...memberships.records,
    ...iom.records,
  ];

  for (const r of records) for (const s of r.sources) addSource(sources, s.source);

  const data: SeedData = {
    sources,
    actors,
    aliases,
    places,
    memberships: [...memberships.memberships, ...iom.memberships],
    memberCounts: iom.memberCounts,
    frameworks,
    commitments,
    topics,
    records,
    stanceSets: [vote.set, champions.set],
    stances: [...vote.stances, ...champions.stances],
  };
  checkReferences(data);
  return data;
}

export function checkReferences(d: SeedData): void {
  const problems: string[] = [];
  const actorIds = new Set(d.actors.map((a) => a.id));
  const placeIds = new Set(d.places.map((p) => p.id));
  const topicIds = new Set(d.topics.map((t) => t.id));
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  for (const p of d.places) need(actorIds.has(p.countryId), `place ${p.id}: unknown country ${p.countryId}`);
  for (const m of d.memberships) {
    need(actorIds.has(m.memberId), `membership ${m.id}: unknown member`);
    need(actorIds.has(m.bodyId), `membership ${m.id}: unknown body`);
    need(d.sources.has(m.sourceId), `membership ${m.id}: unknown source`);
  }
  for (const s of d.stances) need(actorIds.has(s.actorId), `stance ${s.id}: unknown actor`);
  const recordIds = new Set<string>();
  for (const r of d.records) {
    const parsed = recordInputSchema.safeParse(r);
    if (!parsed.success)
      problems.push(
        `record ${r.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    need(!recordIds.has(r.id), `record ${r.id}: duplicate id`);
    recordIds.add(r.id);
    for (const p of r.participants) need(actorIds.has(p.actor), `record ${r.id}: unknown actor ${p.actor}`);
    for (const p of r.people)
      need(
        !p.affiliation || actorIds.has(p.affiliation),
        `record ${r.id}: unknown affiliation ${p.affiliation}`,
      );
    for (const t of r.topics) need(topicIds.has(t), `record ${r.id}: unknown topic ${t}`);
    need(!r.place || placeIds.has(r.place), `record ${r.id}: unknown place ${r.place}`);
  }
  if (problems.length) throw new Error(`The shipped data is inconsistent:\n- ${problems.join('\n- ')}`);
}
