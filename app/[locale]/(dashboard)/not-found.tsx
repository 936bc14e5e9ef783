'use client';
import Link from 'next/link';
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import { localizedPath, type Locale } from '@/lib/i18n/config';

export default function NotFound() {
  const t = useTranslations('errors');
  const locale = useLocale() as Locale;
  return (
    <div className="message-page">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link href={localizedPath(locale, '/')}>{t('home')}</Link>
      </p>
    </div>
  );
}
