// Locale-aware formatting of dates with precision: "2018" stays a year, "2023-11" a month
// ("novembre 2023", never "1 novembre 2023"). Always in UTC so a date never shifts by a day.
import { parsePartialDate } from '../domain/dates';

/**
 * The Intl locale used to format for a UI locale. English follows UN (British) usage, "20 November 2023".
 * Arabic uses Latin digits, as UN Arabic documents do (docs/decisions/0009-locales-and-rtl.md): pinned
 * with `-u-nu-latn` because the default digits of `ar` differ between ICU versions, and the server and
 * the browser must write the same text.
 */
export function intlLocale(locale: string): string {
  if (locale === 'en') return 'en-GB';
  if (locale === 'ar') return 'ar-u-nu-latn';
  return locale;
}

/**
 * Intl formatters are costly to create (tens of microseconds each, four times that on a slow phone) and
 * a dashboard formats hundreds of numbers and dates while it hydrates: each (locale, options) pair is
 * built once per process or page and reused.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${options ? JSON.stringify(options) : ''}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(intlLocale(locale), options)));
  return f;
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), options)));
  return f;
}

const OPTIONS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export function formatPartialDate(value: string, locale: string): string {
  const d = parsePartialDate(value);
  if (!d) return value;
  const [y, m, day] = d.start.split('-').map(Number) as [number, number, number];
  return dateFormat(locale, { ...OPTIONS[d.precision], timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, day)),
  );
}

/**
 * A period between two partial dates. Days of one month share the month and year: "28–30 November
 * 2023", "28–30 novembre 2023", "November 28–30, 2023". Built from formatToParts rather than
 * Intl.formatRange, whose spacing differs between ICU versions (server and browser must agree).
 */
export function formatPartialRange(start: string, end: string, locale: string): string {
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (!a || !b) return `${start} – ${end}`;
  if (
    a.precision === 'day' &&
    b.precision === 'day' &&
    a.start.slice(0, 7) === b.start.slice(0, 7) &&
    a.start !== b.start
  ) {
    const [y, m, d] = b.start.split('-').map(Number) as [number, number, number];
    const parts = dateFormat(locale, { ...OPTIONS.day, timeZone: 'UTC' }).formatToParts(
      new Date(Date.UTC(y, m - 1, d)),
    );
    const firstDay = numberFormat(locale).format(Number(a.start.slice(8, 10)));
    return parts.map((p) => (p.type === 'day' ? `${firstDay}–${p.value}` : p.value)).join('');
  }
  if (a.value === b.value) return formatPartialDate(start, locale);
  return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
}

/**
 * Digits with separators (2018-12, 4–5) inside right-to-left text are reordered by the bidi algorithm
 * ("12-2018"): in an Arabic page such text is wrapped in left-to-right isolates (U+2066 … U+2069),
 * which are invisible. Other pages get the text unchanged. Use <bdi> instead where markup is possible.
 */
export function isolateLtr(text: string, locale: string): string {
  return locale === 'ar' ? `\u2066${text}\u2069` : text;
}

export function formatNumber(n: number, locale: string): string {
  return numberFormat(locale).format(n);
}
