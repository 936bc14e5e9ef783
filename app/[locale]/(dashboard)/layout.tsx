import type { ReactNode } from 'react';
import { createTranslator } from 'use-intl/core';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { currentPrincipal } from '@/lib/server/auth';
import { dataLoadedOn } from '@/lib/server/meta';

/** The site's chrome: skip link, header, main landmark and footer. */
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'nav' });
  return (
    <>
      <a href="#main" className="skip-link">
        {t('skip')}
      </a>
      <SiteHeader locale={locale} user={await currentPrincipal()} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} loadedOn={await dataLoadedOn()} />
    </>
  );
}
