'use client';
// Tells the reader which parts of the address were not understood, and rewrites the address to the
// view actually shown, so that copying it again shares exactly that view.
import { useEffect, useState } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import type { ParamIssue } from '@/lib/url/filter-params';

export function UrlNotice({ issues, canonicalise }: { issues: ParamIssue[]; canonicalise: () => void }) {
  const t = useTranslations('notice');
  const [shown] = useState(issues);
  const [open, setOpen] = useState(issues.length > 0);

  useEffect(() => {
    if (shown.length > 0) canonicalise();
    // Only the address the page was opened with needs rewriting.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!open || shown.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <p className="notice__title">{t('title')}</p>
      <p>{t('body')}</p>
      <ul>
        {shown.map((i, n) => (
          <li key={n}>{t(i.code, { param: i.param, value: i.value })}</li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
