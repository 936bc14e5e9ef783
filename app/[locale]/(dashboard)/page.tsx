import { HydrationBoundary } from '@tanstack/react-query';
import { createTranslator } from 'use-intl/core';
import { Dashboard } from '@/components/dashboard/dashboard';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { loadDashboard } from '@/lib/server/dashboard-page';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

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
