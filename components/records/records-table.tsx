'use client';
// The filtered records as a sortable, paged table; each row links to its record page.
import Link from 'next/link';
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import type { RecordListItem, RecordPage } from '@/lib/domain/api';
import type { RecordFilter } from '@/lib/domain/filter';
import { localizedPath, type Locale } from '@/lib/i18n/config';
import type { RecordSort } from '@/lib/server/queries/record-sorts';
import type { Navigate } from '@/lib/url/use-filter-url';
import { RECORDS_LISTED_PARTICIPANTS, type ViewState } from '@/lib/url/view-params';
import { DataLabel } from '../ui/data-label';
import { KindBadge } from './kind-badge';
import { RecordDate } from './record-date';

function SortButton({
  column,
  view,
  label,
  onSort,
}: {
  column: 'date' | 'title';
  view: ViewState;
  label: string;
  onSort: (s: RecordSort) => void;
}) {
  const active = view.sort.replace('-', '') === column;
  const descending = view.sort.startsWith('-');
  const next: RecordSort = active
    ? ((descending ? column : `-${column}`) as RecordSort)
    : column === 'date'
      ? '-date'
      : 'title';
  return (
    <button type="button" className="sort-button" onClick={() => onSort(next)}>
      {label}
      <span aria-hidden="true" className="sort-button__icon">
        {active ? (descending ? '▼' : '▲') : '↕'}
      </span>
    </button>
  );
}

export function RecordsTable({
  data,
  filter,
  view,
  navigate,
  stale,
  newTab = false,
}: {
  data: RecordPage<RecordListItem>;
  filter: RecordFilter;
  view: ViewState;
  navigate: Navigate;
  stale: boolean;
  /** In an embed, record pages open in a new tab instead of replacing the embed. */
  newTab?: boolean;
}) {
  const t = useTranslations('records');
  const tk = useTranslations('kinds');
  const tc = useTranslations('common');
  const locale = useLocale() as Locale;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const sortState = (column: string) =>
    view.sort.replace('-', '') === column
      ? view.sort.startsWith('-')
        ? 'descending'
        : 'ascending'
      : undefined;
  const onSort = (sort: RecordSort) => navigate(filter, { sort, page: 1 });

  if (data.total === 0)
    return (
      <div className="empty-state" data-chart="table" data-state="ready">
        <p className="empty-state__title">{t('empty')}</p>
        <p>{t('emptyHint')}</p>
      </div>
    );

  return (
    <div
      className={`records${stale ? ' is-stale' : ''}`}
      data-chart="table"
      data-state="ready"
      aria-busy={stale}
    >
      <div className="table-scroll">
        <table className="records-table">
          <caption className="visually-hidden">{t('heading')}</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={sortState('date')}>
                <SortButton column="date" view={view} label={t('date')} onSort={onSort} />
              </th>
              <th scope="col" aria-sort={sortState('title')}>
                <SortButton column="title" view={view} label={t('record')} onSort={onSort} />
              </th>
              <th scope="col">{t('participants')}</th>
              <th scope="col">{t('place')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((r) => (
              <tr key={r.id}>
                <td className="records-table__date">
                  <RecordDate date={r.date} endDate={r.endDate} locale={locale} />
                </td>
                <td>
                  <KindBadge kind={r.kind} label={tk(r.kind)} />
                  <Link
                    href={localizedPath(locale, `/records/${encodeURIComponent(r.id)}`)}
                    className="records-table__title"
                    {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
                  >
                    <bdi dir="auto">{r.title}</bdi>
                  </Link>
                </td>
                <td>
                  <ul className="inline-list">
                    {r.participants.slice(0, RECORDS_LISTED_PARTICIPANTS).map((p) => (
                      <li key={p.actor.id}>
                        {p.actor.kind !== 'state' && p.actor.acronym ? (
                          <bdi>{p.actor.acronym}</bdi>
                        ) : (
                          <DataLabel text={p.actor.name} lang={p.actor.nameLang} />
                        )}
                      </li>
                    ))}
                    {r.participantCount > RECORDS_LISTED_PARTICIPANTS ? (
                      <li className="muted">
                        {t('more', { count: r.participantCount - RECORDS_LISTED_PARTICIPANTS })}
                      </li>
                    ) : null}
                  </ul>
                </td>
                <td>
                  {r.place ? (
                    <>
                      <DataLabel text={r.place.name} lang={r.place.nameLang} />
                      {tc('listSeparator')}
                      <DataLabel text={r.place.country.name} lang={r.place.country.nameLang} />
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav className="pager" aria-label={t('pagination')}>
          <button
            type="button"
            className="button"
            disabled={view.page <= 1}
            onClick={() => navigate(filter, { ...view, page: view.page - 1 })}
          >
            {t('previous')}
          </button>
          <span aria-live="polite">{t('page', { page: view.page, pages })}</span>
          <button
            type="button"
            className="button"
            disabled={view.page >= pages}
            onClick={() => navigate(filter, { ...view, page: view.page + 1 })}
          >
            {t('next')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
