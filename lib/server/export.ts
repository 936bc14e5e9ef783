import 'server-only';
// Downloads of the data behind a view: every filtered record (CSV or JSON) and records per country,
// streamed in batches, each carrying what was exported, when, from where and under which licence.
import type { Lang, RecordSummary } from '../domain/api';
import type { RecordFilter } from '../domain/filter';
import { csvPreamble, csvRow, UTF8_BOM } from '../export/csv';
import { filterToSearchParams } from '../url/filter-params';
import { getDb } from './db';
import { describeFilter } from './describe-filter';
import { dataLoadedOn } from './meta';
import { nameIn } from './dto';
import { mapCounts } from './queries/map';
import { countRecords, iterateRecords } from './queries/records';

export const EXPORT_LICENCE =
  'Compact Atlas records and compilation: CC BY 4.0. Each record cites its sources, which keep their own terms.';

export interface ExportContext {
  filter: RecordFilter;
  lang: Lang;
  origin: string;
}

export async function exportMeta({ filter, lang, origin }: ExportContext) {
  const { db } = getDb();
  const qs = filterToSearchParams(filter).toString();
  return {
    title: 'Compact Atlas: cooperation records on migration',
    filters: await describeFilter(db, filter, lang),
    query: qs,
    view: `${origin}${lang === 'en' ? '' : `/${lang}`}/${qs ? `?v=1&${qs}` : ''}`,
    retrievedAt: new Date().toISOString(),
    dataLoadedOn: await dataLoadedOn(),
    total: await countRecords(db, filter),
    licence: EXPORT_LICENCE,
  };
}

export const RECORD_COLUMNS = [
  'id',
  'kind',
  'title',
  'date',
  'date_precision',
  'date_basis',
  'end_date',
  'place',
  'place_country',
  'participants',
  'participant_ids',
  'topics',
  'gcm_objectives',
  'sources',
  'excerpts',
  'record_url',
] as const;

function recordCells(r: RecordSummary, origin: string) {
  return [
    r.id,
    r.kind,
    r.title,
    r.date,
    r.datePrecision,
    r.dateBasis,
    r.endDate,
    r.place?.name ?? null,
    r.place?.country.id ?? null,
    r.participants.map((p) => `${p.actor.name} [${p.role}]`).join('; '),
    r.participants.map((p) => p.actor.id).join(';'),
    r.topics.map((t) => t.id).join(';'),
    r.objectives.map((o) => o.number).join(';'),
    r.sources.map((s) => (s.url ? `${s.publisher} <${s.url}>` : s.publisher)).join('; '),
    r.sources.map((s) => s.excerpt).join(' | '),
    `${origin}/records/${encodeURIComponent(r.id)}`,
  ];
}

const encoder = new TextEncoder();

function stream(produce: (push: (chunk: string) => void) => Promise<void>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async start(controller) {
      try {
        await produce((chunk) => controller.enqueue(encoder.encode(chunk)));
        controller.close();
      } catch (err) {
        controller.error(err);
      }
    },
  });
}

export async function recordsCsv(ctx: ExportContext & { bom: boolean }): Promise<ReadableStream<Uint8Array>> {
  const meta = await exportMeta(ctx);
  const { db } = getDb();
  return stream(async (push) => {
    push(
      (ctx.bom ? UTF8_BOM : '') +
        csvPreamble([
          meta.title,
          `Filters: ${meta.filters}`,
          `Records: ${meta.total}`,
          `Retrieved: ${meta.retrievedAt} (data loaded on ${meta.dataLoadedOn ?? 'unknown'})`,
          `View: ${meta.view}`,
          meta.licence,
        ]) +
        csvRow([...RECORD_COLUMNS]),
    );
    for await (const batch of iterateRecords(db, ctx.filter, ctx.lang))
      push(batch.map((r) => csvRow(recordCells(r, ctx.origin))).join(''));
  });
}

export async function recordsJson(ctx: ExportContext): Promise<ReadableStream<Uint8Array>> {
  const meta = await exportMeta(ctx);
  const { db } = getDb();
  return stream(async (push) => {
    push(`{"meta":${JSON.stringify(meta)},"items":[`);
    let first = true;
    for await (const batch of iterateRecords(db, ctx.filter, ctx.lang))
      for (const r of batch) {
        push(`${first ? '' : ','}\n${JSON.stringify(r)}`);
        first = false;
      }
    push('\n]}\n');
  });
}

export function downloadHeaders(name: string, type: string): Record<string, string> {
  const stamp = new Date().toISOString().slice(0, 10);
  return {
    'content-type': type,
    'content-disposition': `attachment; filename="compact-atlas-${name}-${stamp}.${type.includes('csv') ? 'csv' : 'json'}"`,
    'cache-control': 'no-store',
  };
}

/** Records per participating state for the filter, with names and regions. */
export async function countriesCsv(
  ctx: ExportContext & { bom: boolean },
): Promise<ReadableStream<Uint8Array>> {
  const { db } = getDb();
  const [meta, counts] = await Promise.all([exportMeta(ctx), mapCounts(db, ctx.filter)]);
  const actors = await db.actor.findMany({
    where: { id: { in: counts.countries.map((c) => c.iso3) } },
    select: { id: true, nameEn: true, nameFr: true, m49RegionName: true, m49SubRegionName: true },
  });
  const byId = new Map(actors.map((a) => [a.id, a]));
  return stream(async (push) => {
    push(
      (ctx.bom ? UTF8_BOM : '') +
        csvPreamble([
          meta.title,
          `Filters: ${meta.filters}`,
          `Records: ${meta.total}`,
          `Retrieved: ${meta.retrievedAt}`,
          `View: ${meta.view}`,
          meta.licence,
        ]) +
        csvRow(['iso3', 'name', 'region', 'sub_region', 'records']),
    );
    for (const c of counts.countries) {
      const a = byId.get(c.iso3);
      push(
        csvRow([
          c.iso3,
          a ? nameIn(a, ctx.lang) : c.iso3,
          a?.m49RegionName ?? null,
          a?.m49SubRegionName ?? null,
          c.count,
        ]),
      );
    }
  });
}
