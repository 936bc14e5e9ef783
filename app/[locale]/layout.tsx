import '@fontsource-variable/inter';
import '../globals.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { createTranslator } from 'use-intl/core';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { Providers } from '@/components/providers';
import { dirOf, isLocale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { dataLoadedOn } from '@/lib/server/meta';
import { currentPrincipal } from '@/lib/server/auth';

// Every page reads the database at request time; nothing is prerendered at build time (the build
// must not need a database).
export const dynamic = 'force-dynamic';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'meta' });
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, description: t('description') };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'nav' });
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body>
        <Providers locale={locale} messages={MESSAGES[locale]}>
          <a href="#main" className="skip-link">
            {t('skip')}
          </a>
          <SiteHeader locale={locale} user={await currentPrincipal()} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter locale={locale} loadedOn={await dataLoadedOn()} />
        </Providers>
      </body>
    </html>
  );
}
