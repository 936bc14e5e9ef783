'use client';
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import type { SummaryResponse } from '@/lib/domain/api';
import { formatPartialDate } from '@/lib/i18n/format';

export function SummaryStats({ data, stale }: { data: SummaryResponse; stale: boolean }) {
  const t = useTranslations('overview');
  const locale = useLocale();
  const year = (d: string) => formatPartialDate(d.slice(0, 4), locale);
  return (
    <section
      className={`summary${stale ? ' is-stale' : ''}`}
      aria-labelledby="summary-heading"
      aria-busy={stale}
    >
      <h2 id="summary-heading" className="visually-hidden">
        {t('summaryLabel')}
      </h2>
      <ul className="summary__list" data-testid="summary">
        <li>{t('records', { count: data.records })}</li>
        <li>{t('states', { count: data.states })}</li>
        <li>{t('organisations', { count: data.organisations })}</li>
        <li>{t('objectives', { count: data.objectives })}</li>
        {data.from && data.to ? <li>{t('period', { from: year(data.from), to: year(data.to) })}</li> : null}
      </ul>
    </section>
  );
}
