import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Dashboard } from '@/components/dashboard/dashboard';
import { ObjectiveHeader } from '@/components/profiles/objective-header';
import { GCM_OBJECTIVE_COUNT } from '@/lib/domain/vocab';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { loadDashboard } from '@/lib/server/dashboard-page';
import { readDb } from '@/lib/server/db';
import { getObjective } from '@/lib/server/queries/commitment';

type Props = {
  params: Promise<{ locale: string; n: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Read once per request: the metadata and the page both ask for it (React's cache, keyed by the strings).
const objectiveOf = cache(async (n: string, locale: Locale) => {
  const number = /^\d{1,2}$/.test(n) ? Number(n) : NaN;
  return number >= 1 && number <= GCM_OBJECTIVE_COUNT ? getObjective(await readDb(), number, locale) : null;
});

async function load(params: Props['params']) {
  const { locale: raw, n } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  return { locale, objective: await objectiveOf(n, locale) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { objective } = await load(params);
  return objective ? { title: `GCM ${objective.number}. ${objective.short}` } : {};
}

export default async function ObjectivePage({ params, searchParams }: Props) {
  const { locale, objective } = await load(params);
  if (!objective) notFound();
  const page = await loadDashboard(await searchParams, locale, { key: 'objective', value: objective.number });
  return (
    <HydrationBoundary state={page.state}>
      <Dashboard
        vocabulary={page.vocabulary}
        options={page.options}
        mapStances={page.mapStances}
        scope={{ key: 'objective', value: objective.number }}
        intro={<ObjectiveHeader objective={objective} locale={locale} />}
      />
    </HydrationBoundary>
  );
}
