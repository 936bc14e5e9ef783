import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { Overview } from '@/components/overview/overview';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { getQueryClient } from '@/lib/query/client';
import { apiQuery, queryKeys } from '@/lib/query/keys';
import { getDb } from '@/lib/server/db';
import { summary } from '@/lib/server/queries/summary';
import { filterOptions } from '@/lib/server/queries/options';
import { listRecords } from '@/lib/server/queries/records';
import { getVocabulary } from '@/lib/server/vocabulary';
import { parseLocation, toVocabularyLists } from '@/lib/url/location';
import { RECORDS_PAGE_SIZE } from '@/lib/url/view-params';
import { toSearchParams } from '@/lib/url/search-params';

export default async function OverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : 'en';
  const { db } = getDb();
  const vocab = await getVocabulary();
  const { filter, view } = parseLocation(toSearchParams(await searchParams), vocab);

  // Fill the cache with exactly what the browser would fetch, so the first paint has the data.
  const qc = getQueryClient();
  const recordsQuery = apiQuery(
    filter,
    { page: view.page, pageSize: RECORDS_PAGE_SIZE, sort: view.sort },
    locale,
  );
  const [options] = await Promise.all([
    filterOptions(db, locale),
    qc.prefetchQuery({
      queryKey: queryKeys.api('summary', apiQuery(filter, {}, locale)),
      queryFn: () => summary(db, filter),
    }),
    qc.prefetchQuery({
      queryKey: queryKeys.api('records', recordsQuery),
      queryFn: () =>
        listRecords(db, filter, {
          page: view.page,
          pageSize: RECORDS_PAGE_SIZE,
          sort: view.sort,
          lang: locale,
        }),
    }),
  ]);

  return (
    <HydrationBoundary state={dehydrate(qc)}>
      <Overview vocabulary={toVocabularyLists(vocab)} options={options} />
    </HydrationBoundary>
  );
}
