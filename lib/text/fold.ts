// Accent-, case- and punctuation-insensitive folding: "Genève" -> "geneve", "Việt Nam" -> "viet nam",
// "l’OIM" -> "l'oim". Used for stored search columns and for every query against them, so both sides
// always fold the same way.

const SPECIAL: Record<string, string> = {
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
};

const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');

/** Folds text for matching: strips diacritics, lower-cases, unifies apostrophes, dashes and spaces. */
export function fold(text: string): string {
  return text
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded words of a search query, each at least one character; quotes and wildcards removed. */
export function searchTerms(query: string): string[] {
  return fold(query)
    .replace(/["%_*]/g, ' ')
    .split(' ')
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => t.length > 0);
}

/** Joins the folded forms of several texts into one search column value (deduplicated). */
export function searchText(parts: ReadonlyArray<string | null | undefined>): string {
  const seen = new Set<string>();
  for (const p of parts) {
    if (!p) continue;
    const f = fold(p);
    if (f) seen.add(f);
  }
  return [...seen].join(' | ');
}
