import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'use-intl/core';
import { LOCALES } from './config';
import { MESSAGES } from './messages';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(obj: unknown, prefix = ''): Array<[string, string]> {
  if (typeof obj === 'string') return [[prefix, obj]];
  return Object.entries(obj as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

function argNames(els: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of els) {
    if (
      el.type === TYPE.argument ||
      el.type === TYPE.number ||
      el.type === TYPE.date ||
      el.type === TYPE.time
    )
      into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const opt of Object.values(el.options)) argNames(opt.value, into);
    }
  }
  return into;
}
const placeholders = (s: string) => [...argNames(parse(s))].sort();

/** Every plural in a message, with the option keys it offers ("one", "=0", ...). */
function plurals(els: MessageFormatElement[], into: Array<{ arg: string; keys: string[] }> = []) {
  for (const el of els) {
    if (el.type === TYPE.plural) into.push({ arg: el.value, keys: Object.keys(el.options) });
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const opt of Object.values(el.options)) plurals(opt.value, into);
  }
  return into;
}

// Counts the interface shows: 0-200 cover every plural category of these languages (Arabic: zero 0,
// one 1, two 2, few 3-10, many 11-99, other 100-102). Millions ("many" in French and Spanish) are left
// to `other`, which reads correctly there.
const SAMPLE_COUNTS = Array.from({ length: 201 }, (_, i) => i);

describe('messages', () => {
  const reference = keys(MESSAGES.en).sort();

  for (const locale of LOCALES) {
    it(`${locale} has exactly the English keys`, () => {
      const own = keys(MESSAGES[locale]).sort();
      expect(
        own.filter((k) => !reference.includes(k)),
        'keys English does not have',
      ).toEqual([]);
      expect(
        reference.filter((k) => !own.includes(k)),
        'missing keys',
      ).toEqual([]);
    });

    it(`${locale} uses the same placeholders as English and every message formats`, () => {
      const en = new Map(leaves(MESSAGES.en));
      const t = createTranslator({ locale, messages: MESSAGES[locale] });
      for (const [key, text] of leaves(MESSAGES[locale])) {
        expect(placeholders(text), key).toEqual(placeholders(en.get(key)!));
        expect(text.trim(), key).not.toBe('');
        const values = Object.fromEntries(placeholders(text).map((p) => [p, p === 'count' ? 2 : 'x']));
        expect(() => t(key as never, values as never), key).not.toThrow();
      }
    });

    it(`${locale} plurals have a form for every count in the language's plural rules`, () => {
      const rules = new Intl.PluralRules(locale);
      const missing: string[] = [];
      for (const [key, text] of leaves(MESSAGES[locale]))
        for (const { arg, keys } of plurals(parse(text))) {
          const needed = new Set(
            SAMPLE_COUNTS.filter((n) => !keys.includes(`=${n}`)).map((n) => rules.select(n)),
          );
          for (const category of needed)
            if (!keys.includes(category)) missing.push(`${key} (${arg}): ${category}`);
        }
      expect(missing).toEqual([]);
    });
  }

  it('Arabic counts are written with Latin digits, as in UN Arabic documents', () => {
    const t = createTranslator({ locale: 'ar', messages: MESSAGES.ar });
    expect(t('records.count', { count: 1234 })).toContain('1,234');
    expect(t('records.count', { count: 2 })).toBe('سجلان');
    expect(t('records.count', { count: 5 })).toBe('5 سجلات');
    expect(t('records.count', { count: 11 })).toBe('11 سجلًا');
    expect(t('records.count', { count: 100 })).toBe('100 سجل');
  });
});
