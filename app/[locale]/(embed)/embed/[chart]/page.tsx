import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { createTranslator } from 'use-intl/core';
import { EmbedView } from '@/components/embed/embed-view';
import { isEmbedChart, type EmbedChart } from '@/lib/embed/links';
import { isLocale, localizedPath, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { loadDashboard } from '@/lib/server/dashboard-page';
import { dataLoadedOn } from '@/lib/server/meta';
import { oembedAlternates } from '@/lib/server/oembed-discovery';
import type { DashboardPart } from '@/lib/server/prefetch';
import { toSearchParams } from '@/lib/url/search-params';

type Props = {
  params: Promise<{ locale: string; chart: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PARTS: Record<EmbedChart, DashboardPart[]> = {
  timeline: ['timeline'],
  map: ['map'],
  network: ['network'],
  table: ['records'],
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale: raw, chart } = await params;
  if (!isLocale(raw) || !isEmbedChart(chart)) return {};
  const t = createTranslator({ locale: raw, messages: MESSAGES[raw], namespace: 'embed' });
  const qs = toSearchParams(await searchParams).toString();
  const path = localizedPath(raw, `/embed/${chart}`) + (qs ? `?${qs}` : '');
  return {
    title: t('pageTitle', { chart: t(`chart.${chart}`) }),
    robots: { index: false },
    alternates: await oembedAlternates(path),
  };
}

export default async function EmbedPage({ params, searchParams }: Props) {
  const { locale: raw, chart } = await params;
  if (!isEmbedChart(chart)) notFound();
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const [{ vocabulary, options, state, mapStances }, loadedOn] = await Promise.all([
    loadDashboard(await searchParams, locale, undefined, { parts: PARTS[chart] }),
    dataLoadedOn(),
  ]);
  return (
    <HydrationBoundary state={state}>
      <EmbedView
        chart={chart}
        vocabulary={vocabulary}
        options={options}
        mapStances={mapStances}
        loadedOn={loadedOn}
      />
    </HydrationBoundary>
  );
}
