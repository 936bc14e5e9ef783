// The interface messages as the app loads them (lib/i18n/messages.ts), read from the files so that
// specs need no JSON-module support: `messages/<locale>.json` plus one namespace per file.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'messages');

type Tree = { [key: string]: string | Tree };

export function loadMessages(locale: string): Tree {
  const core = JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Tree;
  for (const f of fs.readdirSync(path.join(dir, locale)).filter((f) => f.endsWith('.json')))
    core[f.replace(/\.json$/, '')] = JSON.parse(fs.readFileSync(path.join(dir, locale, f), 'utf8')) as Tree;
  return core;
}

export function leaves(tree: Tree | string, prefix = ''): Array<[string, string]> {
  if (typeof tree === 'string') return [[prefix, tree]];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/**
 * English interface strings that the locale writes differently: if one of these shows on a page in
 * that locale, the page shows untranslated interface text. Only messages without placeholders (their
 * whole text is known), with at least one letter.
 */
export function englishOnlyStrings(locale: string): Map<string, string> {
  const own = new Map(leaves(loadMessages(locale)));
  const out = new Map<string, string>();
  for (const [key, text] of leaves(loadMessages('en'))) {
    if (text.includes('{') || !/\p{L}/u.test(text)) continue;
    if (own.get(key) === text) continue;
    out.set(text.trim(), key);
  }
  return out;
}
