// Embed options: how an embedded view is dressed (controls, title, legend, footer, language), as
// opposed to what it shows. They ride in the same versioned URL as the filter and the view, are
// accepted only on embed addresses (lib/url/location.ts) and are kept when an embed changes its own
// address.
import { isLocale, LOCALES, type Locale } from '../i18n/config';
import { getAll, type ParamIssue, type ParamSource } from './filter-params';

export interface EmbedOptions {
  /** The chart's own controls (mode switches, zoom) and the removable filter chips. */
  controls: boolean;
  title: boolean;
  legend: boolean;
  /** Source, data date and the link to the full view. */
  footer: boolean;
  /** The language asked for with `lang=`; the proxy also serves the page in it. */
  lang: Locale | null;
}

export const EMBED_FLAGS = ['controls', 'title', 'legend', 'footer'] as const;
export type EmbedFlag = (typeof EMBED_FLAGS)[number];
export const EMBED_PARAMS = [...EMBED_FLAGS, 'lang'] as const;

export const DEFAULT_EMBED: EmbedOptions = {
  controls: true,
  title: true,
  legend: true,
  footer: true,
  lang: null,
};

const ON = ['1', 'true', 'yes', 'on'];
const OFF = ['0', 'false', 'no', 'off'];

export function parseEmbedParams(source: ParamSource): { options: EmbedOptions; issues: ParamIssue[] } {
  const options: EmbedOptions = { ...DEFAULT_EMBED };
  const issues: ParamIssue[] = [];
  for (const key of EMBED_FLAGS) {
    const raw = getAll(source, key)[0]?.trim().toLowerCase();
    if (raw === undefined || raw === '') continue;
    if (ON.includes(raw)) options[key] = true;
    else if (OFF.includes(raw)) options[key] = false;
    else issues.push({ param: key, value: raw, code: 'unknown_value', message: `${key} must be 0 or 1.` });
  }
  const lang = getAll(source, 'lang')[0]?.trim().toLowerCase();
  if (lang) {
    if (isLocale(lang)) options.lang = lang;
    else
      issues.push({
        param: 'lang',
        value: lang,
        code: 'unknown_value',
        message: `lang must be one of ${LOCALES.join(', ')}.`,
      });
  }
  return { options, issues };
}

/** Appends the options that differ from the defaults (as 0), in a fixed order. */
export function writeEmbedParams(p: URLSearchParams, options: EmbedOptions): URLSearchParams {
  for (const key of EMBED_FLAGS) if (!options[key]) p.set(key, '0');
  if (options.lang) p.set('lang', options.lang);
  return p;
}

/** The `lang` of an address, when it names a locale (the proxy maps it onto the page's locale). */
export function langParam(search: URLSearchParams): Locale | null {
  const l = search.get('lang')?.trim().toLowerCase();
  return isLocale(l) ? l : null;
}
