// One GCM objective with the topics that serve it.
import type { Lang } from '../../domain/api';
import type { DbTx } from '../../db/client';
import { fallbackLang, shortFallbackLang, labelIn, nameSelect, objectiveShort, sourceSelect } from '../dto';

export async function getObjective(db: DbTx, n: number, lang: Lang) {
  const c = await db.commitment.findUnique({
    where: { id: `gcm-${n}` },
    include: {
      source: { select: sourceSelect },
      topics: { select: { topic: { select: { id: true, ...nameSelect, sortOrder: true } } } },
    },
  });
  if (!c || c.number === null) return null;
  const short = objectiveShort(c, lang);
  return {
    number: c.number,
    title: c.titleEn,
    titleFr: c.titleFr,
    short: short.text,
    ...shortFallbackLang(short, lang),
    shortEn: c.shortEn,
    shortFr: c.shortFr,
    shortEs: c.shortEs,
    source: c.source,
    topics: c.topics
      .map((t) => t.topic)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((t) => ({ id: t.id, name: labelIn(t, lang).text, ...fallbackLang(labelIn(t, lang), lang) })),
  };
}
