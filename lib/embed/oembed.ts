// oEmbed (https://oembed.com) for Compact Atlas addresses: which embed a page address stands for, the
// request's parameters, and the size to answer with. Pure, so it is tested without a server; the
// route (app/api/v1/oembed) adds the vocabulary and the record lookup.
import { isLocale, splitLocale, type Locale } from '../i18n/config';
import type { ParamIssue } from '../url/filter-params';
import { langParam } from '../url/embed-params';
import { defaultEmbedHeight, isEmbedChart, type EmbedChart } from './links';

export const OEMBED_DEFAULT_WIDTH = 720;
const MIN_WIDTH = 200;

export interface OembedRequest {
  url: string;
  maxwidth: number | null;
  maxheight: number | null;
}

export type OembedParse =
  | { ok: true; request: OembedRequest }
  | { ok: false; status: 400 | 501; issues: ParamIssue[] };

const KNOWN = ['url', 'maxwidth', 'maxheight', 'format'];

export function parseOembedParams(params: URLSearchParams): OembedParse {
  const issues: ParamIssue[] = [];
  const issue = (param: string, value: string, message: string, code: ParamIssue['code'] = 'unknown_value') =>
    issues.push({ param, value, code, message });
  for (const key of new Set(params.keys()))
    if (!KNOWN.includes(key))
      issue(
        key,
        params.get(key) ?? '',
        `Unknown parameter "${key}". Known parameters: ${KNOWN.join(', ')}.`,
        'unknown_parameter',
      );
  const format = params.get('format') ?? 'json';
  if (format === 'xml')
    return {
      ok: false,
      status: 501,
      issues: [
        { param: 'format', value: format, code: 'unknown_value', message: 'Only format=json is served.' },
      ],
    };
  if (format !== 'json') issue('format', format, 'format must be json.');
  const url = params.get('url')?.trim() ?? '';
  if (!url)
    issue(
      'url',
      '',
      'url is required: the address of a Compact Atlas chart, dashboard or record.',
      'malformed',
    );
  const dimension = (key: 'maxwidth' | 'maxheight') => {
    const raw = params.get(key);
    if (raw === null || raw === '') return null;
    if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1) {
      issue(key, raw, `${key} must be a whole number of pixels.`);
      return null;
    }
    return Number(raw);
  };
  const maxwidth = dimension('maxwidth');
  const maxheight = dimension('maxheight');
  if (url && !/^https?:\/\//i.test(url))
    issue('url', url, 'url must be an absolute http(s) address.', 'malformed');
  if (issues.length) return { ok: false, status: 400, issues };
  return { ok: true, request: { url, maxwidth, maxheight } };
}

export type OembedTarget =
  | { kind: 'chart'; chart: EmbedChart; locale: Locale; search: URLSearchParams }
  | { kind: 'record'; id: string; locale: Locale };

// A profile page is a dashboard with one filter fixed: its embed carries that filter.
const PROFILES: Array<[RegExp, string]> = [
  [/^\/countries\/([A-Za-z]{3})$/, 'country'],
  [/^\/organisations\/([^/]+)$/, 'actor'],
  [/^\/commitments\/gcm\/(\d{1,2})$/, 'objective'],
];

/**
 * What a page address embeds: a chart (an embed address, or a dashboard or profile, which embed their
 * map), or a record. Null for anything else, including addresses on other sites.
 */
export function oembedTarget(raw: string, siteOrigins: readonly string[]): OembedTarget | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!siteOrigins.includes(url.origin)) return null;
  const { locale: prefix, rest } = splitLocale(url.pathname.replace(/\/+$/, '') || '/');
  const locale: Locale = langParam(url.searchParams) ?? (isLocale(prefix) ? prefix : 'en');
  const search = new URLSearchParams(url.search);
  search.delete('lang');
  const record = /^\/(?:embed\/record|records)\/([^/]+)$/.exec(rest);
  if (record) return { kind: 'record', id: decodeURIComponent(record[1]!), locale };
  const chart = /^\/embed\/([a-z]+)$/.exec(rest);
  if (chart) return isEmbedChart(chart[1]!) ? { kind: 'chart', chart: chart[1], locale, search } : null;
  if (rest === '/') return { kind: 'chart', chart: 'map', locale, search };
  for (const [re, key] of PROFILES) {
    const m = re.exec(rest);
    if (m) {
      search.append(key, decodeURIComponent(m[1]!));
      return { kind: 'chart', chart: 'map', locale, search };
    }
  }
  return null;
}

/** The size to answer with: a typical column, within what the consumer allows. */
export function oembedSize(
  chart: EmbedChart | 'record',
  maxwidth: number | null,
  maxheight: number | null,
): { width: number; height: number } {
  const width = Math.max(
    Math.min(maxwidth ?? OEMBED_DEFAULT_WIDTH, OEMBED_DEFAULT_WIDTH),
    Math.min(MIN_WIDTH, maxwidth ?? MIN_WIDTH),
  );
  const natural = defaultEmbedHeight(chart, width);
  return { width, height: maxheight ? Math.min(natural, maxheight) : natural };
}
