import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { createTranslator } from 'use-intl/core';
import { EmbedFooter } from '@/components/embed/embed-footer';
import { RecordDetail } from '@/components/records/record-detail';
import { isLocale, localizedPath, type Locale } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { readDb } from '@/lib/server/db';
import { dataLoadedOn } from '@/lib/server/meta';
import { oembedAlternates } from '@/lib/server/oembed-discovery';
import { getRecord } from '@/lib/server/queries/records';
import { parseEmbedParams } from '@/lib/url/embed-params';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Read once per request: the metadata and the page both ask for it (React's cache, keyed by the strings).
const recordOf = cache(async (id: string, locale: Locale) =>
  // Deleted records are not embedded, whoever asks.
  getRecord(await readDb(), decodeURIComponent(id), locale),
);

async function load(params: Props['params']) {
  const { locale: raw, id } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  return { locale, record: await recordOf(id, locale) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, record } = await load(params);
  if (!record) return {};
  return {
    title: record.title,
    robots: { index: false },
    alternates: await oembedAlternates(
      localizedPath(locale, `/embed/record/${encodeURIComponent(record.id)}`),
    ),
  };
}

/** One record, embeddable: what it says and its sources, with a link to its page. */
export default async function EmbedRecordPage({ params, searchParams }: Props) {
  const { locale, record } = await load(params);
  if (!record) notFound();
  const { options } = parseEmbedParams(await searchParams);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'embed' });
  return (
    <main className="embed__main embed--record" data-embed="record">
      <div data-chart="record" data-state="ready">
        <RecordDetail record={record} locale={locale} embed />
      </div>
      {options.footer ? (
        <EmbedFooter
          href={localizedPath(locale, `/records/${encodeURIComponent(record.id)}`)}
          loadedOn={await dataLoadedOn()}
          locale={locale}
          text={(key, values) => (key === 'open' ? t('openRecord') : t(key, values as never))}
        />
      ) : null}
    </main>
  );
}
