import '@fontsource-variable/inter';
import '../globals.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { createTranslator } from 'use-intl/core';
import { Providers } from '@/components/providers';
import { interLatin } from '../fonts';
import { dirOf, isLocale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';

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
  // Only the document and the providers: the site's chrome is added by the (dashboard) group's
  // layout, so that chrome-less routes (embeds) can share this root.
  return (
    <html lang={locale} dir={dirOf(locale)} className={interLatin.variable}>
      <body>
        <Providers locale={locale} messages={MESSAGES[locale]}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
