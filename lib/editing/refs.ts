// What a record may point at (actors, places, topics), loaded once per write or import: ids are checked
// against it and the stored search text is computed from it (names in every language and aliases).
import type { FieldIssue } from '../domain/api';
import type { RecordInput } from '../domain/record-input';
import { recordSearchText, type NamedInLanguages } from '../domain/search-text';
import type { DbTx } from '../db/client';

export interface RefIndex {
  actors: Map<string, NamedInLanguages & { kind: string }>;
  aliases: Map<string, string[]>;
  places: Map<string, NamedInLanguages & { countryId: string }>;
  topics: Set<string>;
}

const NAMES = {
  nameEn: true,
  nameFr: true,
  nameEs: true,
  nameAr: true,
  nameZh: true,
  nameRu: true,
} as const;

export async function loadRefIndex(db: DbTx): Promise<RefIndex> {
  const [actors, aliases, places, topics] = await Promise.all([
    db.actor.findMany({ select: { id: true, kind: true, ...NAMES, nameVi: true, acronym: true } }),
    db.actorAlias.findMany({ select: { actorId: true, alias: true } }),
    db.place.findMany({ select: { id: true, countryId: true, ...NAMES } }),
    db.topic.findMany({ select: { id: true } }),
  ]);
  const aliasMap = new Map<string, string[]>();
  for (const a of aliases) aliasMap.set(a.actorId, [...(aliasMap.get(a.actorId) ?? []), a.alias]);
  return {
    actors: new Map(actors.map((a) => [a.id, a])),
    aliases: aliasMap,
    places: new Map(places.map((p) => [p.id, p])),
    topics: new Set(topics.map((t) => t.id)),
  };
}

/** Ids the record names that do not exist: each reported on its own field. */
export function referenceIssues(r: RecordInput, refs: RefIndex): FieldIssue[] {
  const issues: FieldIssue[] = [];
  r.participants.forEach((p, i) => {
    if (!refs.actors.has(p.actor))
      issues.push({
        path: `participants.${i}.actor`,
        message: `Unknown actor "${p.actor}": use a country code (ISO 3166 alpha-3, e.g. VNM) or an organisation id (e.g. iom).`,
      });
  });
  r.people.forEach((p, i) => {
    if (p.affiliation && !refs.actors.has(p.affiliation))
      issues.push({ path: `people.${i}.affiliation`, message: `Unknown actor "${p.affiliation}".` });
  });
  if (r.place && !refs.places.has(r.place))
    issues.push({ path: 'place', message: `Unknown place "${r.place}".` });
  r.topics.forEach((t, i) => {
    if (!refs.topics.has(t)) issues.push({ path: `topics.${i}`, message: `Unknown topic "${t}".` });
  });
  return issues;
}

export function searchTextFor(r: RecordInput, refs: RefIndex): string {
  const place = r.place ? refs.places.get(r.place) : undefined;
  return recordSearchText(r, place, place ? refs.actors.get(place.countryId) : undefined, (id) => ({
    names: refs.actors.get(id),
    aliases: refs.aliases.get(id) ?? [],
  }));
}
