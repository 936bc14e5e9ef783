// The name matcher, built once per dictionary: every actor name, alias and acronym and every place name,
// indexed by its first folded word. Matching walks the article's tokens once and keeps the longest
// match at each position ("Organisation internationale pour les migrations" over "Organisation",
// "United Nations Network on Migration" over "United Nations"), so overlaps never survive.
import { isUpper, tokenize, type Token } from './tokens';

export type GazetteerTarget =
  | { type: 'actor'; actorId: string; via: 'name' | 'acronym' | 'alias' }
  | { type: 'place'; placeId: string }
  | { type: 'capital'; name: string; countryId: string };

export interface GazetteerEntry {
  /** Folded words. */
  tokens: string[];
  /** Words as written, when the entry must match exactly (acronyms, names in other scripts). */
  exact: string[] | null;
  /** The text must start with a capital where the name does (names are proper nouns). */
  capitalised: boolean;
  /** Per gap between words: true when the name has a full stop there ("U.S."). */
  dotted: boolean[];
  /** An ordinary word or first name as well ("Maurice", "Réunion"): an actor only in context. */
  guarded: boolean;
  targets: GazetteerTarget[];
}

export interface GazetteerMatch {
  /** Token range [first, last) in the article's tokens. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  entry: GazetteerEntry;
}

export interface Gazetteer {
  index: ReadonlyMap<string, readonly GazetteerEntry[]>;
  size: number;
}

export interface GazetteerName {
  text: string;
  /** Match the words exactly as written (case and accents). */
  exact: boolean;
  guarded?: boolean;
  target: GazetteerTarget;
}

function targetKey(t: GazetteerTarget): string {
  return t.type === 'actor' ? `a:${t.actorId}` : t.type === 'place' ? `p:${t.placeId}` : `c:${t.countryId}`;
}

export function buildGazetteer(names: readonly GazetteerName[]): Gazetteer {
  const byKey = new Map<string, GazetteerEntry>();
  for (const n of names) {
    const toks = tokenize(n.text);
    if (toks.length === 0) continue;
    const dotted = toks.slice(1).map((t, i) => n.text.slice(toks[i]!.end, t.start).includes('.'));
    const exact = n.exact ? toks.map((t) => t.raw) : null;
    const key = (exact ? 'E:' + exact.join(' ') : 'F:' + toks.map((t) => t.folded).join(' ')) + dotted.join();
    let entry = byKey.get(key);
    if (!entry) {
      entry = {
        tokens: toks.map((t) => t.folded),
        exact,
        capitalised: isUpper(n.text[0]),
        dotted,
        guarded: !!n.guarded,
        targets: [],
      };
      byKey.set(key, entry);
    }
    if (!entry.targets.some((t) => targetKey(t) === targetKey(n.target))) entry.targets.push(n.target);
  }
  const index = new Map<string, GazetteerEntry[]>();
  for (const entry of byKey.values()) {
    // A state spelled like its capital (Djibouti, Singapore) is the state; the place module can still
    // read a dateline through the country.
    if (entry.targets.some((t) => t.type === 'actor'))
      entry.targets = entry.targets.filter((t) => t.type !== 'capital');
    const list = index.get(entry.tokens[0]!) ?? [];
    list.push(entry);
    index.set(entry.tokens[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { index, size: byKey.size };
}

// Between the words of a name: spaces, or one hyphen or apostrophe ("Royaume-Uni", "Côte d’Ivoire").
// A single line break counts as a space: hard-wrapped copy splits names across lines.
const GAP = /^[ \t\u00a0]{1,3}$|^[ \t]*\n[ \t]*$|^[ \t]?[-‐‑–'’][ \t]?$/;
const DOT_GAP = /^\.[ \t]?$/;

function entryMatches(entry: GazetteerEntry, text: string, tokens: readonly Token[], at: number): boolean {
  const n = entry.tokens.length;
  if (at + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const tok = tokens[at + k]!;
    if (entry.exact ? tok.raw !== entry.exact[k] : tok.folded !== entry.tokens[k]) return false;
    if (k > 0) {
      const gap = text.slice(tokens[at + k - 1]!.end, tok.start);
      if (!(entry.dotted[k - 1] ? DOT_GAP : GAP).test(gap)) return false;
    }
  }
  return !entry.capitalised || isUpper(tokens[at]!.raw[0]);
}

/** Leftmost-longest, non-overlapping matches of the gazetteer in the text. */
export function matchGazetteer(gaz: Gazetteer, text: string, tokens: readonly Token[]): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = gaz.index.get(tokens[i]!.folded);
    let best: GazetteerEntry | null = null;
    if (candidates)
      for (const entry of candidates) {
        if (best && entry.tokens.length < best.tokens.length) break;
        if (entryMatches(entry, text, tokens, i)) {
          // Same length: an exact (acronym) entry is more specific than a folded one.
          if (!best || (entry.exact && !best.exact)) best = entry;
        }
      }
    if (!best) {
      i++;
      continue;
    }
    const last = i + best.tokens.length;
    const start = tokens[i]!.start;
    const end = tokens[last - 1]!.end;
    out.push({ first: i, last, start, end, text: text.slice(start, end), entry: best });
    i = last;
  }
  return out;
}
