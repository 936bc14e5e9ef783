// Locales the interface is written in. The URL carries the locale as a prefix (/fr/...); English, the
// default, has no prefix. Arabic is written right to left (docs/decisions/0009-locales-and-rtl.md).
export const LOCALES = ['en', 'fr', 'es', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export function isLocale(value: string | undefined | null): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

const RTL: ReadonlySet<Locale> = new Set(['ar']);

export function dirOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/** Each language's own name, as the language switcher shows it (always in that language). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
};

/** The path of a page in a locale: ("fr", "/records/x") -> "/fr/records/x"; English stays unprefixed. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (locale === DEFAULT_LOCALE) return clean;
  return clean === '/' ? `/${locale}` : `/${locale}${clean}`;
}

/** Splits a pathname into its locale and the locale-free rest. */
export function splitLocale(pathname: string): { locale: Locale | null; rest: string } {
  const seg = pathname.split('/')[1] ?? '';
  if (isLocale(seg)) return { locale: seg, rest: pathname.slice(seg.length + 1) || '/' };
  return { locale: null, rest: pathname };
}

/** Best supported locale for an Accept-Language header. */
export function negotiateLocale(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean);
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q[1]) : 1 };
    })
    .filter((x) => x.lang && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if (isLocale(lang)) return lang;
  return DEFAULT_LOCALE;
}
