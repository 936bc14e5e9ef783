import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Dashboard } from '@/components/dashboard/dashboard';
import { OrganisationHeader } from '@/components/profiles/organisation-header';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { loadDashboard } from '@/lib/server/dashboard-page';
import { readDb } from '@/lib/server/db';
import { getActor } from '@/lib/server/queries/actors';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Read once per request: the metadata and the page both ask for it (React's cache, keyed by the strings).
const organisationOf = cache(async (id: string, locale: Locale) => {
  const actor = /^[a-z0-9-]{2,60}$/.test(id) ? await getActor(await readDb(), id, locale) : null;
  return actor && actor.kind !== 'state' ? actor : null;
});

async function load(params: Props['params']) {
  const { locale: raw, id } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  return { locale, actor: await organisationOf(id, locale) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { actor } = await load(params);
  return actor ? { title: actor.acronym ? `${actor.acronym} – ${actor.name}` : actor.name } : {};
}

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { locale, actor } = await load(params);
  if (!actor) notFound();
  const page = await loadDashboard(await searchParams, locale, { key: 'actor', value: actor.id });
  return (
    <HydrationBoundary state={page.state}>
      <Dashboard
        vocabulary={page.vocabulary}
        options={page.options}
        mapStances={page.mapStances}
        scope={{ key: 'actor', value: actor.id }}
        intro={<OrganisationHeader actor={actor} locale={locale} />}
      />
    </HydrationBoundary>
  );
}
