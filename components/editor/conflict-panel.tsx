'use client';
// Shown when a save is refused because someone else saved first: who, their changes field by field,
// and how the refused version differs from what is stored now. Never a silent overwrite.
import { useTranslations } from '@/lib/i18n/translations';
import type { FieldChange } from '@/lib/domain/record-diff';
import type { Conflict } from '@/lib/editing/commands';

function Changes({ caption, changes }: { caption: string; changes: FieldChange[] }) {
  const t = useTranslations('staff.editor');
  if (!changes.length) return null;
  return (
    <table className="diff-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('field')}</th>
          <th scope="col">{t('before')}</th>
          <th scope="col">{t('after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{c.field}</th>
            <td className="diff-table__before">{c.before}</td>
            <td className="diff-table__after">{c.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ConflictPanel({ conflict, onReload }: { conflict: Conflict; onReload: () => void }) {
  const t = useTranslations('staff.editor');
  return (
    <section className="callout conflict" aria-labelledby="conflict-h">
      <h2 id="conflict-h">{t('conflictTitle')}</h2>
      {conflict.by.length ? (
        <ul>
          {conflict.by.map((b, i) => (
            <li key={i}>
              {b.who} — <time dateTime={b.at}>{b.at.replace('T', ' ').slice(0, 16)} UTC</time>
            </li>
          ))}
        </ul>
      ) : null}
      <Changes caption={t('conflictTheirs')} changes={conflict.theirs} />
      <Changes caption={t('conflictYours')} changes={conflict.yours} />
      <p>
        <button type="button" className="button" onClick={onReload}>
          {t('conflictReload')}
        </button>
      </p>
    </section>
  );
}
