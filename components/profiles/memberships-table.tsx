// Memberships with their dates at the source's precision and the source of each.
import Link from 'next/link';
import { createTranslator } from 'use-intl/core';
import type { Membership } from '@/lib/domain/api';
import type { Locale } from '@/lib/i18n/config';
import { formatPartialDate } from '@/lib/i18n/format';
import { MESSAGES } from '@/lib/i18n/messages';
import { actorHref } from './profile-links';
import { DataLabel } from '../ui/data-label';

export function MembershipsTable({
  items,
  side,
  locale,
  caption,
}: {
  items: Membership[];
  side: 'body' | 'member';
  locale: Locale;
  caption: string;
}) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'profile' });
  const tr = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'membershipRoles' });
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{side === 'body' ? t('body') : t('member')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('since')}</th>
            <th scope="col">{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => {
            const other = side === 'body' ? m.body : m.member;
            return (
              <tr key={m.id}>
                <td>
                  <Link href={actorHref(locale, other)}>
                    {other.kind !== 'state' && other.acronym ? (
                      <bdi>{other.acronym}</bdi>
                    ) : (
                      <DataLabel text={other.name} lang={other.nameLang} />
                    )}
                  </Link>
                </td>
                <td>
                  {tr(m.role as 'member')}
                  {m.roleDetail && m.roleDetail.toLowerCase() !== m.role ? (
                    <span className="muted">
                      {' '}
                      (<bdi>{m.roleDetail}</bdi>)
                    </span>
                  ) : null}
                </td>
                <td>
                  {m.since ? (
                    formatPartialDate(m.since, locale)
                  ) : (
                    <span className="muted">{t('sinceUnknown')}</span>
                  )}
                  {m.until ? ` – ${formatPartialDate(m.until, locale)}` : ''}
                </td>
                <td>
                  {m.source.url ? (
                    <a
                      href={m.source.url}
                      rel="noopener noreferrer external"
                      target="_blank"
                      title={m.note ?? undefined}
                    >
                      {m.source.publisher}
                    </a>
                  ) : (
                    m.source.publisher
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
