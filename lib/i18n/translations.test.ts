// The fast translator says exactly what use-intl says, for every message of every locale, and answers
// plain calls itself.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { LOCALES } from './config';
import { MESSAGES } from './messages';
import { fastTranslator } from './translations';

type Element = {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
};
// @formatjs/icu-messageformat-parser's TYPE: argument, number, date, time, select, plural, pound, tag.
const ARGUMENT = 1;
const SELECT = 5;
const PLURAL = 6;
const TAG = 8;

/** Every message's path. */
function paths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    paths(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** The arguments a message takes, with values to try for each. */
function argumentValues(elements: Element[], out = new Map<string, Array<string | number>>()) {
  for (const e of elements) {
    if (e.type === ARGUMENT) out.set(e.value!, ['Viet Nam', '<b>&amp;</b>']);
    if (e.type === PLURAL) out.set(e.value!, [0, 1, 2, 3, 5, 11, 21, 102, 1234, 1.5]);
    if (e.type === SELECT) out.set(e.value!, [...Object.keys(e.options!), 'unlisted']);
    for (const o of Object.values(e.options ?? {})) argumentValues(o.value, out);
    if (e.children) argumentValues(e.children, out);
  }
  return out;
}

/** A few combinations: each value of each argument at least once, the others at their first value. */
function combinations(args: Map<string, Array<string | number>>) {
  const base = Object.fromEntries([...args].map(([k, vs]) => [k, vs[0]!]));
  const out: Array<Record<string, string | number>> = [base];
  for (const [k, vs] of args) for (const v of vs.slice(1)) out.push({ ...base, [k]: v });
  return out;
}

describe('the fast translator', () => {
  for (const locale of LOCALES)
    it(`says what use-intl says for every message in ${locale}`, () => {
      const messages = MESSAGES[locale];
      const reference = createTranslator({ locale, messages, timeZone: 'UTC' });
      const delegated = vi.fn(reference as unknown as (...a: unknown[]) => string);
      const t = fastTranslator(delegated as never, messages, locale, 'UTC') as unknown as (
        k: string,
        v?: Record<string, unknown>,
      ) => string;
      let checked = 0;
      for (const path of paths(messages)) {
        const message = path
          .split('.')
          .reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], messages);
        const ast = new IntlMessageFormat(message as string, locale).getAst() as Element[];
        if (JSON.stringify(ast).includes(`"type":${TAG}`)) continue; // rich text: t.rich, use-intl's
        for (const values of combinations(argumentValues(ast))) {
          expect(t(path, values), `${path} ${JSON.stringify(values)}`).toBe(
            reference(path as never, values as never),
          );
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(300);
      expect(delegated, 'answered without use-intl').not.toHaveBeenCalled();
    });

  it('reads a namespace, and leaves missing messages and missing values to use-intl', () => {
    const onError = vi.fn();
    const messages = MESSAGES.fr;
    const reference = createTranslator({
      locale: 'fr',
      messages,
      namespace: 'map',
      timeZone: 'UTC',
      onError,
    });
    const t = fastTranslator(reference as never, messages, 'fr', 'UTC', 'map') as unknown as (
      k: string,
      v?: Record<string, unknown>,
    ) => string;
    expect(t('records', { count: 2 })).toBe(reference('records' as never, { count: 2 } as never));
    expect(t('records', { count: 2 })).toMatch(/2/);
    expect(t('no.such.message')).toBe('map.no.such.message');
    expect(t('records')).toBe(reference('records' as never));
    expect(onError).toHaveBeenCalledTimes(3); // the missing message, and the missing count twice
  });
});
