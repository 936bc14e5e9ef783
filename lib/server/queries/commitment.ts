// One GCM objective with the topics that serve it.
import type { Lang } from '../../domain/api';
import type { DbTx } from '../../db/client';
import { nameIn, sourceSelect } from '../dto';

export async function getObjective(db: DbTx, n: number, lang: Lang) {
  const c = await db.commitment.findUnique({
    where: { id: `gcm-${n}` },
    include: {
      source: { select: sourceSelect },
      topics: { select: { topic: { select: { id: true, nameEn: true, nameFr: true, sortOrder: true } } } },
    },
  });
  if (!c || c.number === null) return null;
  return {
    number: c.number,
    title: c.titleEn,
    titleFr: c.titleFr,
    short: (lang === 'fr' ? c.shortFr : c.shortEn) ?? c.shortEn ?? c.titleEn,
    shortEn: c.shortEn,
    shortFr: c.shortFr,
    source: c.source,
    topics: c.topics
      .map((t) => t.topic)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((t) => ({ id: t.id, name: nameIn(t, lang) })),
  };
}
