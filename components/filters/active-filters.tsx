'use client';
// The active filters as removable chips. Each chip removes one value; "Clear all" resets the view.
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import { EMPTY_FILTER, isEmptyFilter, LIST_FILTER_KEYS, type RecordFilter } from '@/lib/domain/filter';
import { isolateLtr } from '@/lib/i18n/format';
import type { Navigate } from '@/lib/url/use-filter-url';
import type { Labeller } from './labels';

export function ActiveFilters({
  filter,
  label,
  navigate,
  scoped = false,
}: {
  filter: RecordFilter;
  label: Labeller;
  navigate: Navigate;
  /** On a profile page, where one filter is fixed by the page itself. */
  scoped?: boolean;
}) {
  const t = useTranslations('filters');
  const locale = useLocale();
  if (isEmptyFilter(filter))
    return <p className="active-filters active-filters--none">{t(scoped ? 'noneScoped' : 'none')}</p>;

  const chips: Array<{ key: string; text: string; next: RecordFilter }> = [];
  for (const key of LIST_FILTER_KEYS)
    for (const value of filter[key] as Array<string | number>)
      chips.push({
        key: `${key}:${value}`,
        text: t('pair', { label: t(key), values: label(key, value) }),
        next: {
          ...filter,
          [key]: (filter[key] as Array<string | number>).filter((v) => v !== value),
        } as RecordFilter,
      });
  if (filter.from)
    chips.push({
      key: 'from',
      text: t('pair', { label: t('from'), values: isolateLtr(filter.from, locale) }),
      next: { ...filter, from: null },
    });
  if (filter.to)
    chips.push({
      key: 'to',
      text: t('pair', { label: t('to'), values: isolateLtr(filter.to, locale) }),
      next: { ...filter, to: null },
    });
  if (filter.q)
    chips.push({
      key: 'q',
      text: t('pair', { label: t('q'), values: `“${filter.q}”` }),
      next: { ...filter, q: null },
    });

  return (
    <div className="active-filters">
      <h2 className="visually-hidden">{t('active')}</h2>
      <ul>
        {chips.map((c) => (
          <li key={c.key}>
            <button
              type="button"
              className="chip"
              onClick={() => navigate(c.next)}
              aria-label={t('remove', { label: c.text })}
            >
              <bdi>{c.text}</bdi>
              <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" />
              </svg>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => navigate(EMPTY_FILTER)}>
        {t('clear')}
      </button>
    </div>
  );
}
