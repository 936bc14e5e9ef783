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
  }
});
