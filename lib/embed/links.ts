// Addresses of one view in its other forms: the embed, the full dashboard, the chart image, the data
// download and the printable report; the iframe snippet; and the heights an embed needs at a width.
// Shared by the "Embed and download" dialog, oEmbed and the embed's footer, so they always agree.
import type { RecordFilter } from '../domain/filter';
import { localizedPath, type Locale } from '../i18n/config';
import { filterToSearchParams } from '../url/filter-params';
import { locationQuery } from '../url/location';
import { networkParams } from '../query/dashboard-queries';
import type { ViewState } from '../url/view-params';

export const EMBED_CHARTS = ['timeline', 'map', 'network', 'table'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];
export const IMAGE_CHARTS = ['timeline', 'map', 'network'] as const;
export type ImageChart = (typeof IMAGE_CHARTS)[number];

export const isEmbedChart = (v: string): v is EmbedChart => (EMBED_CHARTS as readonly string[]).includes(v);
export const isImageChart = (v: string): v is ImageChart => (IMAGE_CHARTS as readonly string[]).includes(v);

const withQuery = (path: string, qs: string) => (qs ? `${path}?${qs}` : path);

export function embedPath(chart: EmbedChart, filter: RecordFilter, view: ViewState, locale: Locale): string {
  return withQuery(localizedPath(locale, `/embed/${chart}`), locationQuery(filter, view));
}

export function dashboardPath(filter: RecordFilter, view: ViewState, locale: Locale): string {
  return withQuery(localizedPath(locale, '/'), locationQuery(filter, view));
}

export function reportPath(filter: RecordFilter, view: ViewState, locale: Locale): string {
  return withQuery(localizedPath(locale, '/report'), locationQuery(filter, view));
}

/** The view parameters a chart image depends on. */
export function chartViewParams(chart: ImageChart, view: ViewState): Record<string, string | null> {
  if (chart === 'timeline')
    return {
      interval: view.interval !== 'auto' ? view.interval : null,
      stack: view.stack !== 'kind' ? view.stack : null,
    };
  if (chart === 'map') return { map: view.map !== 'records' ? view.map : null };
  const n = networkParams(view);
  return { focus: n.focus, depth: n.depth === null ? null : String(n.depth), edges: n.edges };
}

export interface ImageOptions {
  format: 'svg' | 'png';
  width?: number;
  /** PNG only: 2 for high-density screens and print. */
  scale?: 1 | 2;
}

export function chartImagePath(
  chart: ImageChart,
  filter: RecordFilter,
  view: ViewState,
  locale: Locale,
  opts: ImageOptions,
): string {
  const p = filterToSearchParams(filter);
  for (const [k, v] of Object.entries(chartViewParams(chart, view))) if (v) p.set(k, v);
  if (opts.width) p.set('width', String(opts.width));
  if (opts.format === 'png' && opts.scale && opts.scale !== 1) p.set('scale', String(opts.scale));
  if (locale !== 'en') p.set('lang', locale);
  return withQuery(`/api/v1/charts/${chart}.${opts.format}`, p.toString());
}

export function dataPath(
  kind: 'records.csv' | 'records.json' | 'countries.csv',
  filter: RecordFilter,
  locale: Locale,
) {
  const p = filterToSearchParams(filter);
  if (locale !== 'en') p.set('lang', locale);
  return withQuery(`/api/v1/${kind}`, p.toString());
}

/** Height an embed needs at a width, so the host page reserves the right space before it loads. */
export function defaultEmbedHeight(chart: EmbedChart | 'record', width: number): number {
  const w = Math.max(280, Math.min(width, 2000));
  // Chrome around every chart: caption and summary, toolbar, footer; more lines wrap on phones.
  const chrome = w < 500 ? 230 : 170;
  switch (chart) {
    case 'timeline':
      return 240 + 60 + chrome;
    case 'map':
      // Equal Earth without Antarctica is about 0.45 as tall as wide; the legend and notes follow.
      return Math.round(w * 0.45) + 150 + chrome;
    case 'network':
      return Math.round(Math.min(620, Math.max(340, w * 0.62))) + 60 + chrome;
    case 'table':
      return 760;
    case 'record':
      return 640;
  }
}

/**
 * The iframe snippet for a host page; data-compact-atlas lets /embed.js resize it. Full width of the
 * host's column unless a width is given (oEmbed answers with one).
 */
export function iframeSnippet(src: string, title: string, height: number, width?: number): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    `<iframe src="${esc(src)}" title="${esc(title)}" width="${width ?? '100%'}" height="${height}" ` +
    `style="border:0;${width ? '' : 'width:100%;'}max-width:100%" loading="lazy" data-compact-atlas></iframe>`
  );
}
