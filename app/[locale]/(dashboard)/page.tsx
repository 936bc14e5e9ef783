import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { createTranslator } from 'use-intl/core';
import { Dashboard } from '@/components/dashboard/dashboard';
import { isLocale, localizedPath, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { loadDashboard } from '@/lib/server/dashboard-page';
import { oembedAlternates } from '@/lib/server/oembed-discovery';
import { toSearchParams } from '@/lib/url/search-params';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Announces the oEmbed answer for this view, so a CMS given the address finds its embed code. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const qs = toSearchParams(await searchParams).toString();
  return { alternates: await oembedAlternates(localizedPath(locale, '/') + (qs ? `?${qs}` : '')) };
}

export default async function OverviewPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'overview' });
  const { vocabulary, options, state, mapStances } = await loadDashboard(await searchParams, locale);
  return (
    <HydrationBoundary state={state}>
      <Dashboard
        vocabulary={vocabulary}
        options={options}
        mapStances={mapStances}
        intro={
          <>
            <h1>{t('heading')}</h1>
            <p className="lead">{t('lead')}</p>
          </>
        }
      />
    </HydrationBoundary>
  );
}
