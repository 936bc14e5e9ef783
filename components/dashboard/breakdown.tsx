'use client';
// Topics and GCM objectives of the selection as labelled bars: plain HTML lists (each bar's number is
// its text), so they read the same with a screen reader, in print and without colour.
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import type { FilterOptions, Lang, SummaryResponse } from '@/lib/domain/api';
import { numberFormat } from '@/lib/i18n/format';
import { DataLabel, useLabelText } from '../ui/data-label';

interface Props {
  data: SummaryResponse;
  options: FilterOptions;
  onTopic: (id: string) => void;
  onObjective: (n: number) => void;
  stale: boolean;
}

function Bars({
  items,
  max,
  label,
}: {
  items: Array<{
    key: string;
    name: string;
    nameLang?: Lang | undefined;
    prefix?: string;
    count: number;
    onClick: () => void;
    title: string;
  }>;
  max: number;
  label: string;
}) {
  const locale = useLocale();
  const fmt = numberFormat(locale);
  return (
    <ol className="bars" aria-label={label}>
      {items.map((it) => (
        <li key={it.key}>
          <button type="button" className="bars__row" onClick={it.onClick} title={it.title}>
            <span className="bars__name">
              {it.prefix}
              <DataLabel text={it.name} lang={it.nameLang} />
            </span>
            <span className="bars__track" aria-hidden="true">
              <span className="bars__fill" style={{ width: `${Math.max(2, (it.count / max) * 100)}%` }} />
            </span>
            <span className="bars__value">{fmt.format(it.count)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

export function Breakdown({ data, options, onTopic, onObjective, stale }: Props) {
  const t = useTranslations('breakdown');
  const label = useLabelText();
  const topicName = new Map(options.topics.map((x) => [x.id, x]));
  const objective = new Map(options.objectives.map((o) => [o.number, o]));
  const max = Math.max(1, ...data.byTopic.map((x) => x.count), ...data.byObjective.map((x) => x.count));
  return (
    <section className={`panel breakdown${stale ? ' is-stale' : ''}`} aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">{t('heading')}</h2>
      <div className="breakdown__cols">
        <div>
          <h3>{t('topics')}</h3>
          {data.byTopic.length ? (
            <Bars
              label={t('topics')}
              max={max}
              items={data.byTopic.map((x) => {
                const topic = topicName.get(x.id);
                const name = topic?.name ?? x.id;
                return {
                  key: x.id,
                  name,
                  nameLang: topic?.nameLang,
                  count: x.count,
                  onClick: () => onTopic(x.id),
                  title: t('filterBy', { name: label(name, topic?.nameLang) }),
                };
              })}
            />
          ) : (
            <p className="muted">{t('noTopics')}</p>
          )}
        </div>
        <div>
          <h3>{t('objectives')}</h3>
          {data.byObjective.length ? (
            <Bars
              label={t('objectives')}
              max={max}
              items={data.byObjective.map((x) => {
                const o = objective.get(x.number);
                const name = o?.short ?? '';
                return {
                  key: String(x.number),
                  prefix: `${x.number}. `,
                  name,
                  nameLang: o?.shortLang,
                  count: x.count,
                  onClick: () => onObjective(x.number),
                  title: t('filterBy', { name: `${x.number}. ${label(name, o?.shortLang)}` }),
                };
              })}
            />
          ) : (
            <p className="muted">{t('noObjectives')}</p>
          )}
        </div>
      </div>
      <p className="hint">{t('note')}</p>
    </section>
  );
}
