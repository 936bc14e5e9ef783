// Word tokens with their character offsets in the original text. Every matcher in the assistant (actor
// names, places, rules, titles) tokenises both its phrases and the article with this one function, so
// "l’OIM", "Royaume-Uni" and "U.S." split the same way on both sides and offsets always point into the
// text the editor highlights.
import { fold } from '../text/fold';

export interface Token {
  /** The token as written. */
  raw: string;
  /** Accent- and case-folded (fold()). */
  folded: string;
  start: number;
  end: number;
}

// Combining marks stay inside the word: decomposed "Lê" (L, e, U+0302) is one token.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
// Folding the same word twice is common (articles, "migration"); a small cache keeps 5,000-word
// articles well under a millisecond per thousand tokens.
const foldCache = new Map<string, string>();
const ASCII = /^[\x00-\x7f]*$/;

export function foldWord(raw: string): string {
  if (ASCII.test(raw)) return raw.toLowerCase();
  let f = foldCache.get(raw);
  if (f === undefined) {
    f = fold(raw);
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(raw, f);
  }
  return f;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ raw: m[0], folded: foldWord(m[0]), start, end: start + m[0].length });
  }
  return out;
}

/** Folded words of a phrase, as the matchers store them. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.folded);
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True for a token written in capitals only (OIM, ASEAN), at least two letters. */
export function isAllCaps(raw: string): boolean {
  return raw.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}]*$/u.test(raw);
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
