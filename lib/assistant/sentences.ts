// Splits an article into sentences with character offsets. Wire copy is messy: the founding article
// runs sentences together without a space ("migratoires.Elle"), captions sit between paragraphs, and
// titles use abbreviations ("M. Othman Belbeisi", "Dr. Workneh", "U.S."), so a plain split on ". " is
// both too eager and too timid.
import type { Sentence } from './types';

// Words that end with a full stop without ending the sentence (folded, without the stop).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'nos',
  'vs',
  'etc',
  'inc',
  'ltd',
  'jr',
  'sr',
  'sra',
  'srta',
  'dra',
  'lic',
  'ing',
  'mme',
  'mlle',
  'me',
  'art',
  'pp',
  'cf',
  'av',
  'approx',
  'dept',
  'gen',
  'gov',
  'hon',
  'rev',
  'sen',
  'rep',
  'amb',
  'jan',
  'feb',
  'apr',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'fig',
  'vol',
  'ed',
  'ref',
  'num',
  'núm',
  'ej',
  'pág',
  'p',
  'e',
  'i',
  'al',
  'excmo',
  'excma',
  'sres',
  'mm',
  'h.e',
  's.e',
]);

const TERMINAL = /[.!?…]+["'”’»)\]]*(?=\s)/g;
// A stop glued to the next sentence: a word of two letters or more, stop, capital and lower-case letter
// ("migratoires.Elle", "l’OIM.Elle").
const GLUED = /(?<=\p{L}{2})[.!?](?=\p{Lu}\p{Ll})/gu;
const SENTENCE_START = /^[\p{Lu}\p{N}"'“‘«¿¡([–—-]/u;

function wordBefore(text: string, stop: number): string {
  let i = stop;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, stop);
}

function isAbbreviation(word: string): boolean {
  if (word === '') return false;
  // A single capital is an initial ("William L. Swing", "M. Belbeisi").
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted acronyms ("U.S.", "e.g.") keep their stops.
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Most lines of a paragraph break mid-sentence at a similar width. */
function isHardWrapped(text: string): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines.length < 4) return false;
  const long = lines.filter((l) => l.length >= 40 && l.length <= 100);
  const open = long.filter((l) => !/[.!?:;"”»)]$/.test(l));
  return long.length >= 0.6 * lines.length && open.length >= 0.5 * long.length;
}

function cutPoints(text: string): number[] {
  const cuts = new Set<number>();
  for (const m of text.matchAll(TERMINAL)) {
    const stop = m.index;
    const after = m.index + m[0].length;
    const next = /\S/.exec(text.slice(after, after + 40));
    if (!next || !SENTENCE_START.test(next[0])) continue;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(wordBefore(text, stop))) continue;
    cuts.add(after);
  }
  for (const m of text.matchAll(GLUED)) {
    const word = wordBefore(text, m.index);
    // "www.iom.Int" or a dotted acronym is not a sentence end.
    if (/[./]/.test(word) || isAbbreviation(word)) continue;
    cuts.add(m.index + 1);
  }
  // Line breaks end a sentence unless the next line obviously continues it (starts in lower case). In
  // hard-wrapped copy (old press releases wrapped at ~70 characters) only a blank line or a line ending
  // with a full stop does: "signed by Foreign Affairs Secretary\nAlberto Romulo" is one sentence.
  const wrapped = isHardWrapped(text);
  for (const m of text.matchAll(/\n+/g)) {
    const next = /\S/.exec(text.slice(m.index, m.index + 40));
    const before = text.slice(Math.max(0, m.index - 3), m.index).trimEnd();
    const ended = /[.!?:;"”»)]$/.test(before);
    if (m[0].length > 1 || !next || (wrapped ? ended : !/\p{Ll}/u.test(next[0]))) cuts.add(m.index);
  }
  return [...cuts].sort((a, b) => a - b);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (const cut of [...cutPoints(text), text.length]) {
    const piece = text.slice(from, cut);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body !== '') {
      const start = from + lead;
      out.push({ index: out.length, start, end: start + body.length, text: body });
    }
    from = cut;
  }
  return out;
}

/** Index of the sentence holding `offset` (binary search over sorted, disjoint sentences). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
