// What text search matches a record on: its own words, its place and participants in every language
// we hold, its people and its quoted excerpts. The seed, the editor and the import all compute the
// stored search column with this one function.
import { searchText } from '../text/fold';

export interface NamedInLanguages {
  nameEn: string;
  nameFr?: string | null;
  nameEs?: string | null;
  nameAr?: string | null;
  nameZh?: string | null;
  nameRu?: string | null;
  nameVi?: string | null;
  acronym?: string | null;
}

export function namesOf(n: NamedInLanguages | undefined): Array<string | null | undefined> {
  if (!n) return [];
  return [n.nameEn, n.nameFr, n.nameEs, n.nameAr, n.nameZh, n.nameRu, n.nameVi, n.acronym];
}

export interface SearchableRecord {
  id: string;
  title: string;
  summary: string;
  participants: ReadonlyArray<{ actor: string }>;
  people: ReadonlyArray<{ name: string; title?: string | null }>;
  sources: ReadonlyArray<{ excerpt: string; source: { publisher: string; title: string } }>;
}

export function recordSearchText(
  r: SearchableRecord,
  place: NamedInLanguages | undefined,
  placeCountry: NamedInLanguages | undefined,
  actorNames: (actorId: string) => { names: NamedInLanguages | undefined; aliases: readonly string[] },
): string {
  return searchText([
    r.title,
    r.summary,
    ...namesOf(place),
    ...namesOf(placeCountry),
    ...r.participants.flatMap((p) => {
      const a = actorNames(p.actor);
      return [...namesOf(a.names), ...a.aliases];
    }),
    ...r.people.flatMap((p) => [p.name, p.title]),
    ...r.sources.flatMap((s) => [s.excerpt, s.source.publisher]),
  ]);
}
