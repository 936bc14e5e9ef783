import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/lib/i18n/config';
import { formatPartialDate } from '@/lib/i18n/format';
import { MESSAGES } from '@/lib/i18n/messages';

export function SiteFooter({ locale, loadedOn }: { locale: Locale; loadedOn: string | null }) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'footer' });
  return (
    <footer className="site-footer">
      <p>{t('data')}</p>
      <p>
        {loadedOn ? `${t('loaded', { date: formatPartialDate(loadedOn, locale) })} ` : null}
        {t('licence')} <a href="/api/v1/openapi.json">{t('api')}</a>
      </p>
    </footer>
  );
}
