// Labels for the filter panel, in the page's language.
import type { FilterOptions, Lang } from '../../domain/api';
import { BLOC_MEMBER_ROLES } from '../../domain/vocab';
import type { DbTx } from '../../db/client';
import { actorNameSelect, nameIn } from '../dto';

export async function filterOptions(db: DbTx, lang: Lang): Promise<FilterOptions> {
  const [actors, blocIds, topics, objectives] = await Promise.all([
    db.actor.findMany({ select: { ...actorNameSelect, m49RegionName: true, isoNumeric: true } }),
    db.membership.findMany({
      where: { role: { in: [...BLOC_MEMBER_ROLES] } },
      select: { bodyId: true, memberId: true },
    }),
    db.topic.findMany({ orderBy: { sortOrder: 'asc' } }),
    db.commitment.findMany({ where: { frameworkId: 'gcm' }, orderBy: { number: 'asc' } }),
  ]);
  const collator = new Intl.Collator(lang);
  const name = (a: (typeof actors)[number]) => nameIn(a, lang);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const membersOf = new Map<string, string[]>();
  for (const m of blocIds) membersOf.set(m.bodyId, [...(membersOf.get(m.bodyId) ?? []), m.memberId]);
  return {
    countries: actors
      .filter((a) => a.kind === 'state')
      .map((a) => ({ id: a.id, name: name(a), region: a.m49RegionName, isoNumeric: a.isoNumeric }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    organisations: actors
      .filter((a) => a.kind !== 'state')
      .map((a) => ({ id: a.id, name: name(a), acronym: a.acronym, kind: a.kind }))
      .sort((a, b) => collator.compare(a.acronym ?? a.name, b.acronym ?? b.name)),
    blocs: [...membersOf.keys()]
      .map((id) => byId.get(id)!)
      .map((a) => ({
        id: a.id,
        name: a.acronym ? `${a.acronym} – ${name(a)}` : name(a),
        members: [...new Set(membersOf.get(a.id))].filter((m) => byId.get(m)?.kind === 'state').sort(),
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    topics: topics.map((t) => ({ id: t.id, name: nameIn(t, lang) })),
    objectives: objectives.map((c) => ({
      number: c.number!,
      short: (lang === 'fr' ? c.shortFr : c.shortEn) ?? c.titleEn,
      title: c.titleEn,
    })),
  };
}
