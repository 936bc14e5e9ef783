import 'server-only';
// Downloads of the data behind a view: every filtered record (CSV or JSON) and records per country,
// streamed in batches, each carrying what was exported, when, from where and under which licence.
// `lang` sets the language of names and of the preamble; column names stay the same in every language
// (they are identifiers a script reads), and so do codes (kinds, roles, ids).
import { createTranslator } from 'use-intl/core';
import type { Lang, RecordSummary } from '../domain/api';
import type { RecordFilter } from '../domain/filter';
import { csvPreamble, csvRow, UTF8_BOM } from '../export/csv';
import { filterToSearchParams } from '../url/filter-params';
import { readDb } from './db';
import { describeFilter } from './describe-filter';
import { dataLoadedOn } from './meta';
import { MESSAGES } from '../i18n/messages';
import { nameIn, nameSelect } from './dto';
import { mapCounts } from './queries/map';
import { countRecords, iterateRecords } from './queries/records';

export interface ExportContext {
  filter: RecordFilter;
  lang: Lang;
  origin: string;
}

export async function exportMeta({ filter, lang, origin }: ExportContext) {
  const db = await readDb();
  const qs = filterToSearchParams(filter).toString();
  const t = createTranslator({ locale: lang, messages: MESSAGES[lang], namespace: 'export' });
  return {
    title: t('title'),
    filters: await describeFilter(db, filter, lang),
    query: qs,
    view: `${origin}${lang === 'en' ? '' : `/${lang}`}/${qs ? `?v=1&${qs}` : ''}`,
    retrievedAt: new Date().toISOString(),
    dataLoadedOn: await dataLoadedOn(),
    total: await countRecords(db, filter),
    licence: t('licence'),
  };
}

/** The comment lines above a CSV table, in the export's language. */
function preamble(meta: Awaited<ReturnType<typeof exportMeta>>, lang: Lang): string {
  const t = createTranslator({ locale: lang, messages: MESSAGES[lang], namespace: 'export' });
  return csvPreamble([
    meta.title,
    t('filters', { filters: meta.filters }),
    t('records', { count: meta.total }),
    meta.dataLoadedOn
      ? t('retrieved', { at: meta.retrievedAt, date: meta.dataLoadedOn })
      : t('retrievedUnknown', { at: meta.retrievedAt }),
    t('view', { url: meta.view }),
    meta.licence,
  ]);
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
  const db = await readDb();
  return stream(async (push) => {
    push((ctx.bom ? UTF8_BOM : '') + preamble(meta, ctx.lang) + csvRow([...RECORD_COLUMNS]));
    for await (const batch of iterateRecords(db, ctx.filter, ctx.lang))
      push(batch.map((r) => csvRow(recordCells(r, ctx.origin))).join(''));
  });
}

export async function recordsJson(ctx: ExportContext): Promise<ReadableStream<Uint8Array>> {
  const meta = await exportMeta(ctx);
  const db = await readDb();
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
  const db = await readDb();
  const [meta, counts] = await Promise.all([exportMeta(ctx), mapCounts(db, ctx.filter)]);
  const actors = await db.actor.findMany({
    where: { id: { in: counts.countries.map((c) => c.iso3) } },
    select: { id: true, ...nameSelect, m49RegionName: true, m49SubRegionName: true },
  });
  const byId = new Map(actors.map((a) => [a.id, a]));
  return stream(async (push) => {
    push(
      (ctx.bom ? UTF8_BOM : '') +
        preamble(meta, ctx.lang) +
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
