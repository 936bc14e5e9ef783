// Reading people's names and titles: job titles from data/assistant/person-titles.json (every
// occurrence, longest first), courtesy words ("M.", "S.E.M.", "Sra."), and runs of capitalised words
// with their particles ("Juan Ramón de la Fuente", "Lê Thi Tuyêt Mai"). people.ts decides which runs
// are people.
import type { ArticleContext } from './context';
import { lexicon } from './lexicon';
import { tokenAt } from './tokens';
import type { TextMatch } from './types';

const PARTICLES = new Set('de da del van von der bin ibn al dos das du di'.split(' '));
// Second word of a two-word particle: "de la Fuente", "van der Berg".
const PARTICLES_2 = new Set('la las los le der den'.split(' '));
// Capitalised words that start sentences or dates, never names (compared lower-cased, accents kept:
// "Lê" is a name, "Le" an article).
const NOT_NAMES = new Set(
  (
    'le la les the el los las un une una lors elle il ils this these photo source monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march april may june july august september october ' +
    'november december'
  ).split(' '),
);
const NAME_GAP = /^ $|^\n$|^-$|^\. $/;

export interface Title {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** English title. */
  en: string;
}

export function findTitles(ctx: ArticleContext): Title[] {
  const compiled = lexicon().titles[ctx.language];
  const titles: Title[] = [];
  ctx.sentences.forEach((_, s) => {
    const [from, to] = ctx.sentenceTokens[s]!;
    // Every occurrence counts (a sentence may hold two ministers), so the phrase index is read directly.
    const hits = compiled.index
      .find(ctx.text, ctx.tokens, from, to)
      .filter((h) => !ctx.inName.subarray(h.first, h.last).some(Boolean))
      .map((h) => ({
        first: h.first,
        last: h.last,
        en: compiled.rules[compiled.byPhrase.get(h.phrase)![0]!]!.target,
      }));
    // Longest title wins: "Deputy Director General" over "Director General" over "Director".
    hits.sort((a, b) => b.last - b.first - (a.last - a.first));
    for (const h of hits) if (!titles.some((t) => t.first < h.last && h.first < t.last)) titles.push(h);
  });
  return titles.sort((a, b) => a.first - b.first);
}

export interface NameReader {
  /** End (exclusive) of a person's name starting at token i, or -1. */
  nameEnd(i: number): number;
  /** First token of the courtesy words just before token i (i itself when there are none). */
  courtesyStart(i: number): number;
}

export function nameReader(ctx: ArticleContext, titles: readonly Title[]): NameReader {
  const { tokens, text } = ctx;
  const honorifics = lexicon().honorifics;
  const inTitle = new Uint8Array(tokens.length);
  for (const t of titles) inTitle.fill(1, t.first, t.last);
  const honorific = (i: number) => honorifics.has(tokens[i]?.folded ?? '');
  const gapText = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]?.start ?? tokens[a]!.end);
  const nameLike = (i: number) => {
    const t = tokens[i];
    return (
      !!t &&
      !ctx.inName[i] &&
      !inTitle[i] &&
      !honorific(i) &&
      /^\p{Lu}\p{Ll}/u.test(t.raw) &&
      !NOT_NAMES.has(t.raw.toLowerCase())
    );
  };
  return {
    nameEnd(i) {
      if (!nameLike(i)) return -1;
      let j = i + 1;
      while (
        j < tokens.length &&
        ctx.tokenSentence[j] === ctx.tokenSentence[i] &&
        NAME_GAP.test(gapText(j - 1))
      ) {
        if (nameLike(j)) {
          j++;
          continue;
        }
        let p = 0;
        while (
          p < 2 &&
          (p === 0 ? PARTICLES : PARTICLES_2).has(tokens[j + p]?.raw ?? '') &&
          NAME_GAP.test(gapText(j + p))
        )
          p++;
        if (p > 0 && nameLike(j + p)) j += p + 1;
        else break;
      }
      return j - i >= 2 && j - i <= 5 ? j : -1;
    },
    courtesyStart(i) {
      let k = i;
      for (;;) {
        if (k > 0 && honorific(k - 1) && ctx.tokenSentence[k - 1] === ctx.tokenSentence[i]) k--;
        else if (k > 1 && honorifics.has(`${tokens[k - 2]!.folded} ${tokens[k - 1]!.folded}`)) k -= 2;
        else return k;
      }
    },
  };
}

/** Every mention of a person: the full name, and the surname alone ("said Ploumen"). */
export function mentions(ctx: ArticleContext, name: string): TextMatch[] {
  const words = name.split(/[\s-]+/);
  const surname = words[words.length - 1]!;
  const out: TextMatch[] = [];
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${esc(name)}|${esc(surname)})(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of ctx.text.matchAll(re)) {
    const tok = tokenAt(ctx.tokens, m.index);
    if (ctx.tokens[tok]?.start === m.index)
      out.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        sentenceIndex: ctx.tokenSentence[tok]!,
      });
  }
  return out;
}
