import 'server-only';
// A filter in words, for people reading an export, an image or a printed report away from the app:
// "Countries and territories: Viet Nam; Kind of record: Meeting; From: 2018".
import { createTranslator } from 'use-intl/core';
import type { Lang } from '../domain/api';
import { isEmptyFilter, LIST_FILTER_KEYS, type RecordFilter } from '../domain/filter';
import { formatPartialDate } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import type { DbTx } from '../db/client';
import { actorNameSelect, acronymIn, labelIn, objectiveShort, type Label } from './dto';

export async function describeFilter(db: DbTx, filter: RecordFilter, lang: Lang): Promise<string> {
  const t = createTranslator({ locale: lang, messages: MESSAGES[lang] });
  if (isEmptyFilter(filter)) return t('filters.none');
  const actorIds = [...filter.country, ...filter.actor, ...filter.bloc];
  const [actors, topics, objectives] = await Promise.all([
    actorIds.length
      ? db.actor.findMany({
          where: { id: { in: actorIds } },
          select: actorNameSelect,
        })
      : [],
    filter.topic.length ? db.topic.findMany({ where: { id: { in: filter.topic } } }) : [],
    filter.objective.length
      ? db.commitment.findMany({ where: { id: { in: filter.objective.map((n) => `gcm-${n}`) } } })
      : [],
  ]);
  // A label the sources do not give in this language is written in English and said to be.
  const marked = (l: Label) =>
    l.lang === lang ? l.text : t('common.inLanguage', { label: l.text, lang: l.lang });
  const actorName = new Map(
    actors.map((a) => {
      const acronym = a.kind === 'state' ? null : acronymIn(a, lang);
      return [a.id, acronym ?? marked(labelIn(a, lang))];
    }),
  );
  const topicName = new Map(topics.map((x) => [x.id, marked(labelIn(x, lang))]));
  const objectiveName = new Map(
    objectives.map((o) => [o.number!, `${o.number}. ${marked(objectiveShort(o, lang))}`]),
  );
  const label = (key: (typeof LIST_FILTER_KEYS)[number], v: string | number): string => {
    switch (key) {
      case 'country':
      case 'actor':
      case 'bloc':
        return actorName.get(String(v)) ?? String(v);
      case 'topic':
        return topicName.get(String(v)) ?? String(v);
      case 'objective':
        return objectiveName.get(Number(v)) ?? String(v);
      case 'kind':
        return t(`kinds.${v as 'meeting'}`);
    }
  };
  const parts: string[] = [];
  for (const key of LIST_FILTER_KEYS) {
    const values = filter[key] as Array<string | number>;
    if (values.length)
      parts.push(
        t('filters.pair', {
          label: t(`filters.${key}`),
          values: values.map((v) => label(key, v)).join(', '),
        }),
      );
  }
  if (filter.from)
    parts.push(t('filters.pair', { label: t('filters.from'), values: formatPartialDate(filter.from, lang) }));
  if (filter.to)
    parts.push(t('filters.pair', { label: t('filters.to'), values: formatPartialDate(filter.to, lang) }));
  if (filter.q) parts.push(t('filters.pair', { label: t('filters.q'), values: `“${filter.q}”` }));
  return parts.join('; ');
}
