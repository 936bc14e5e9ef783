import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Dashboard } from '@/components/dashboard/dashboard';
import { CountryHeader } from '@/components/profiles/country-header';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { loadDashboard } from '@/lib/server/dashboard-page';
import { readDb } from '@/lib/server/db';
import { getActor } from '@/lib/server/queries/actors';
import { referenceStanceSets } from '@/lib/server/reference-cache';

type Props = {
  params: Promise<{ locale: string; iso3: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Read once per request: the metadata and the page both ask for it (React's cache, keyed by the strings).
const countryOf = cache(async (iso3: string, locale: Locale) => {
  const actor = /^[A-Za-z]{3}$/.test(iso3)
    ? await getActor(await readDb(), iso3.toUpperCase(), locale)
    : null;
  return actor?.kind === 'state' ? actor : null;
});

async function load(params: Props['params']) {
  const { locale: raw, iso3 } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  return { locale, actor: await countryOf(iso3, locale) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { actor } = await load(params);
  return actor ? { title: actor.name } : {};
}

export default async function CountryPage({ params, searchParams }: Props) {
  const { locale, actor } = await load(params);
  if (!actor) notFound();
  const [page, sets] = await Promise.all([
    loadDashboard(await searchParams, locale, { key: 'country', value: actor.id }),
    referenceStanceSets(locale),
  ]);
  return (
    <HydrationBoundary state={page.state}>
      <Dashboard
        vocabulary={page.vocabulary}
        options={page.options}
        mapStances={page.mapStances}
        scope={{ key: 'country', value: actor.id }}
        intro={
          <CountryHeader
            actor={actor}
            locale={locale}
            championSetComplete={sets.find((s) => s.id === 'gcm-champion')?.complete ?? false}
          />
        }
      />
    </HydrationBoundary>
  );
}
