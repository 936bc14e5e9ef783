import 'server-only';
// Everything the printable report shows for an address: the filter in words, the three charts as
// report images (inline SVG, the same drawing as the downloads), the first records and their sources.
import { headers } from 'next/headers';
import type { Lang } from '../domain/api';
import { dashboardPath, dataPath, IMAGE_CHARTS } from '../embed/links';
import { parseLocation } from '../url/location';
import { toSearchParams } from '../url/search-params';
import { chartImageElement } from './chart-image';
import { readDb } from './db';
import { describeFilter } from './describe-filter';
import { dataLoadedOn } from './meta';
import { publicOrigin } from './origin';
import { listRecords } from './queries/records';
import { getVocabulary } from './vocabulary';

/** Records listed in the report; the rest are in the CSV it links to. */
export const REPORT_RECORDS = 50;
/** Charts are drawn for a printed page's width (A4 and Letter, with margins, at 96 px per inch). */
const REPORT_CHART_WIDTH = 720;

export async function loadReport(searchParams: Record<string, string | string[] | undefined>, lang: Lang) {
  const { filter, view } = parseLocation(toSearchParams(searchParams), await getVocabulary());
  const origin = publicOrigin(await headers());
  const db = await readDb();
  const [filters, loadedOn, records, ...charts] = await Promise.all([
    describeFilter(db, filter, lang),
    dataLoadedOn(),
    listRecords(db, filter, { page: 1, pageSize: REPORT_RECORDS, sort: '-date', lang }),
    ...IMAGE_CHARTS.map((chart) =>
      chartImageElement({ chart, filter, view, width: REPORT_CHART_WIDTH, lang, origin }),
    ),
  ]);
  const sources = new Map<string, { publisher: string; url: string | null }>();
  for (const r of records.items)
    for (const s of r.sources)
      sources.set(`${s.publisher}|${s.url ?? ''}`, { publisher: s.publisher, url: s.url });
  return {
    filters,
    loadedOn,
    records,
    charts: IMAGE_CHARTS.map((chart, i) => ({ chart, svg: charts[i]! })),
    sources: [...sources.values()].sort((a, b) => a.publisher.localeCompare(b.publisher)),
    viewUrl: `${origin}${dashboardPath(filter, view, lang)}`,
    dashboardHref: dashboardPath(filter, view, lang),
    csvUrl: `${origin}${dataPath('records.csv', filter, lang)}`,
  };
}
