// A record's history for staff: who changed it, when, through what, and what changed, field by field.
// Every value is rendered as text. Admins can revert the latest change.
import { createTranslator } from 'use-intl/core';
import { diffRecords } from '@/lib/domain/record-diff';
import type { HistoryEntry } from '@/lib/editing/audit';
import type { Locale } from '@/lib/i18n/config';
import { intlLocale } from '@/lib/i18n/format';
import { MESSAGES } from '@/lib/i18n/messages';
import { RevertButton } from './record-staff-actions';

export function RecordHistory({
  entries,
  locale,
  canRevert,
}: {
  entries: HistoryEntry[];
  locale: Locale;
  canRevert: boolean;
}) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'staff.record' });
  const when = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return (
    <section aria-labelledby="history-h" className="record-history">
      <h2 id="history-h">{t('history')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('noHistory')}</p>
      ) : (
        <ol className="history">
          {entries.map((e, i) => {
            const changes =
              e.action === 'update' || e.action === 'revert' ? diffRecords(e.before, e.after) : [];
            return (
              <li key={e.id} className="history__entry">
                <p>
                  <strong>{t(`action.${e.action}`)}</strong> · {e.who} · {t(`viaLabel.${e.via}`)} ·{' '}
                  <time dateTime={e.at}>{when.format(new Date(e.at))} UTC</time>
                  {canRevert && i === 0 ? (
                    <>
                      {' '}
                      <RevertButton
                        entryId={e.id}
                        label={`${t('revert')}: ${t(`action.${e.action}`)} ${when.format(new Date(e.at))}`}
                      />
                    </>
                  ) : null}
                </p>
                {changes.length ? (
                  <dl className="history__changes">
                    {changes.map((c) => (
                      <div key={c.field}>
                        <dt>{c.field}</dt>
                        <dd>
                          <del>{c.before || '—'}</del> → <ins>{c.after || '—'}</ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
