'use client';
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import { localizedPath, type Locale } from '@/lib/i18n/config';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors');
  const tc = useTranslations('overview');
  const locale = useLocale() as Locale;
  return (
    <div className="message-page" role="alert">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorBody')}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {tc('retry')}
        </button>{' '}
        <a href={localizedPath(locale, '/')}>{t('home')}</a>
      </p>
    </div>
  );
}
