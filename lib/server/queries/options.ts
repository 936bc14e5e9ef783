// Labels for the filter panel, in the page's language.
import type { FilterOptions, Lang } from '../../domain/api';
import { BLOC_MEMBER_ROLES } from '../../domain/vocab';
import type { DbTx } from '../../db/client';
import { acronymIn, actorNameSelect, fallbackLang, shortFallbackLang, labelIn, objectiveShort } from '../dto';

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
  const name = (a: (typeof actors)[number]) => labelIn(a, lang).text;
  const nameLang = (a: (typeof actors)[number]) => fallbackLang(labelIn(a, lang), lang);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const membersOf = new Map<string, string[]>();
  for (const m of blocIds) membersOf.set(m.bodyId, [...(membersOf.get(m.bodyId) ?? []), m.memberId]);
  return {
    countries: actors
      .filter((a) => a.kind === 'state')
      .map((a) => ({
        id: a.id,
        name: name(a),
        ...nameLang(a),
        region: a.m49RegionName,
        isoNumeric: a.isoNumeric,
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    organisations: actors
      .filter((a) => a.kind !== 'state')
      .map((a) => ({ id: a.id, name: name(a), ...nameLang(a), acronym: acronymIn(a, lang), kind: a.kind }))
      .sort((a, b) => collator.compare(a.acronym ?? a.name, b.acronym ?? b.name)),
    blocs: [...membersOf.keys()]
      .map((id) => byId.get(id)!)
      .map((a) => ({
        id: a.id,
        name: acronymIn(a, lang) ? `${acronymIn(a, lang)} – ${name(a)}` : name(a),
        ...nameLang(a),
        members: [...new Set(membersOf.get(a.id))].filter((m) => byId.get(m)?.kind === 'state').sort(),
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    topics: topics.map((t) => ({
      id: t.id,
      name: labelIn(t, lang).text,
      ...fallbackLang(labelIn(t, lang), lang),
    })),
    objectives: objectives.map((c) => {
      const short = objectiveShort(c, lang);
      return {
        number: c.number!,
        short: short.text,
        ...shortFallbackLang(short, lang),
        title: c.titleEn,
      };
    }),
  };
}
