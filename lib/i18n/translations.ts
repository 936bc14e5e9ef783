// The components' translation hook: use-intl's `useTranslations`, with its plain `t(key, values)`
// answered from messages compiled once per locale and kept for the life of the process (the server)
// or the page (the browser).
//
// use-intl 4 memoises a compiled message under a key it builds on every call: the message, the locale
// and every date and time format with the time zone merged in, passed through JSON.stringify. That
// costs ~15–20 µs a call, and a dashboard calls `t` with values hundreds of times while it renders (a
// label for each of the map's 250 shapes, the timeline's bars): ~10 ms of each server render of `/`,
// and several times that on a phone while the page hydrates. Here a message is compiled once per
// locale and text, and its number formats and plural rules are built once per locale and options (5 µs
// a map label against 38; lib/i18n/translations.test.ts compares every message of every locale with
// use-intl's answer). Everything else — rich text, `raw`, `has`, missing messages and
// their errors, values that are not plain text or numbers — goes to use-intl as before.
import { IntlMessageFormat } from 'intl-messageformat';
import { useMemo } from 'react';
import { useLocale, useMessages, useTimeZone, useTranslations as useIntlTranslations } from 'use-intl/react';

type IntlT = ReturnType<typeof useIntlTranslations>;
type Messages = ReturnType<typeof useMessages>;

/** A message compiled for one locale and time zone, or the text itself when it has nothing to fill. */
type Compiled = IntlMessageFormat | string;

/**
 * Compiled messages by locale, time zone and text, for the life of the process: on the server each
 * request's provider gets its messages as a new object, but their texts are the same.
 */
const compiled = new Map<string, Compiled | null>();

/** Intl formatters by locale and options, built once (intl-messageformat's own are keyed by JSON). */
const intlFormatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function memoIntl<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules, O>(
  kind: string,
  make: (locales: Intl.LocalesArgument, options?: O) => T,
) {
  return (locales: Intl.LocalesArgument, options?: O): T => {
    const key = `${kind}|${String(locales)}|${options ? JSON.stringify(options) : ''}`;
    let f = intlFormatters.get(key) as T | undefined;
    if (!f) intlFormatters.set(key, (f = make(locales, options)));
    return f;
  };
}
const getNumberFormat = memoIntl('n', (l, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat(l, o));
const getPluralRules = memoIntl('p', (l, o?: Intl.PluralRulesOptions) => new Intl.PluralRules(l, o));
const getDateTimeFormat = memoIntl('d', (l, o?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(l, o));

/** IntlMessageFormat's date and time styles with the time zone, as use-intl passes them. */
function formatsFor(timeZone: string | undefined) {
  const zoned = (styles: Record<string, Intl.DateTimeFormatOptions>) =>
    Object.fromEntries(Object.entries(styles).map(([k, v]) => [k, timeZone ? { timeZone, ...v } : v]));
  return {
    date: zoned(IntlMessageFormat.formats.date),
    time: zoned(IntlMessageFormat.formats.time),
    number: {},
  };
}

function lookup(messages: Messages, path: string): unknown {
  let node: unknown = messages;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function compile(message: string, locale: string, timeZone: string | undefined): Compiled | null {
  // As use-intl: a message with no argument, tag or escape is its own text.
  if (!/[{}<']/.test(message)) return message;
  const key = `${locale}\u0000${timeZone ?? ''}\u0000${message}`;
  const hit = compiled.get(key);
  if (hit !== undefined) return hit;
  let out: Compiled | null;
  try {
    out = new IntlMessageFormat(message, locale, formatsFor(timeZone), {
      formatters: {
        getNumberFormat,
        getPluralRules,
        // As use-intl: a date argument without a zone of its own is shown in the provider's.
        getDateTimeFormat: (l, o) => getDateTimeFormat(l, { ...o, timeZone: o?.timeZone ?? timeZone }),
      },
    });
  } catch {
    out = null; // not valid ICU: use-intl reports it
  }
  compiled.set(key, out);
  return out;
}

type Plain = string | number | boolean | null | undefined;
const isPlain = (values: Record<string, unknown>) =>
  Object.values(values).every((v) => v === null || (typeof v !== 'object' && typeof v !== 'function'));

/** `t` with its plain calls answered from compiled messages; the rest of the translator is use-intl's. */
export function fastTranslator(
  t: IntlT,
  messages: Messages,
  locale: string,
  timeZone?: string,
  namespace?: string,
) {
  const prefix = namespace ? `${namespace}.` : '';
  const fast = (key: string, values?: Record<string, unknown>, formats?: unknown): string => {
    if (formats === undefined && (!values || isPlain(values))) {
      const text = lookup(messages, prefix + key);
      const message = typeof text === 'string' ? compile(text, locale, timeZone) : null;
      if (typeof message === 'string') return message;
      if (message) {
        try {
          const out = message.format(values as Record<string, Plain> | undefined);
          if (typeof out === 'string') return out;
        } catch {
          // a missing value, say: use-intl reports it and answers its fallback
        }
      }
    }
    return (t as unknown as (k: string, v?: unknown, f?: unknown) => string)(key, values, formats);
  };
  return Object.assign(fast, { rich: t.rich, markup: t.markup, raw: t.raw, has: t.has }) as unknown as IntlT;
}

export function useTranslations(namespace?: string): IntlT {
  const t = useIntlTranslations(namespace);
  const messages = useMessages();
  const locale = useLocale();
  const timeZone = useTimeZone();
  return useMemo(
    () => fastTranslator(t, messages, locale, timeZone, namespace),
    [t, messages, locale, timeZone, namespace],
  );
}
