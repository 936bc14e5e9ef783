// Phrase rules over folded words: the engine behind kind, topic and title rules. A phrase is a sequence
// of words ("seance de travail"), where "word*" matches any word starting with "word"; a rule may need
// several phrases in one sentence ("diaspora* + development"). Phrases are indexed by their first word,
// so an article is read once whatever the number of rules.
import { tokenize, type Token } from './tokens';

export interface PhraseWord {
  text: string;
  prefix: boolean;
}

export interface Phrase {
  source: string;
  words: PhraseWord[];
}

export interface PhraseHit {
  phrase: number;
  /** Token range [first, last). */
  first: number;
  last: number;
}

export function compilePhrase(source: string): Phrase {
  const words: PhraseWord[] = [];
  for (const piece of source.trim().split(/\s+/)) {
    const prefix = piece.endsWith('*');
    const toks = tokenize(prefix ? piece.slice(0, -1) : piece);
    toks.forEach((t, i) => words.push({ text: t.folded, prefix: prefix && i === toks.length - 1 }));
  }
  if (words.length === 0) throw new Error(`Empty phrase "${source}"`);
  const short = words.find((w) => w.prefix && w.text.length < 3);
  if (short) throw new Error(`Phrase "${source}": a prefix needs at least three letters`);
  return { source, words };
}

// Words of a phrase may be separated by spaces, a hyphen or an apostrophe, never by other punctuation.
const GAP = /^[\s'’\-‐‑–]{0,3}$/;

export class PhraseIndex {
  readonly phrases: readonly Phrase[];
  private exact = new Map<string, number[]>();
  private prefixed = new Map<string, number[]>();

  constructor(phrases: readonly Phrase[]) {
    this.phrases = phrases;
    phrases.forEach((p, id) => {
      const w = p.words[0]!;
      const map = w.prefix ? this.prefixed : this.exact;
      const key = w.prefix ? w.text.slice(0, 3) : w.text;
      map.set(key, [...(map.get(key) ?? []), id]);
    });
  }

  private matchAt(id: number, text: string, tokens: readonly Token[], at: number, to: number): number {
    const words = this.phrases[id]!.words;
    if (at + words.length > to) return -1;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const tok = tokens[at + k]!;
      if (w.prefix ? !tok.folded.startsWith(w.text) : tok.folded !== w.text) return -1;
      if (k > 0 && !GAP.test(text.slice(tokens[at + k - 1]!.end, tok.start))) return -1;
    }
    return at + words.length;
  }

  /** Every phrase occurrence in tokens [from, to), overlaps included. */
  find(text: string, tokens: readonly Token[], from = 0, to = tokens.length): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (let i = from; i < to; i++) {
      const f = tokens[i]!.folded;
      for (const id of [...(this.exact.get(f) ?? []), ...(this.prefixed.get(f.slice(0, 3)) ?? [])]) {
        const last = this.matchAt(id, text, tokens, i, to);
        if (last > 0) hits.push({ phrase: id, first: i, last });
      }
    }
    return hits;
  }
}

export interface Rule<T> {
  target: T;
  weight: number;
  /** Phrase ids that must all occur in one sentence. */
  parts: number[];
  source: string;
}

export interface CompiledRules<T> {
  index: PhraseIndex;
  rules: Rule<T>[];
  /** Rule ids per first part phrase id. */
  byPhrase: Map<number, number[]>;
}

/** Compiles "a b* + c" rule texts; identical phrases share one id. */
export function compileRules<T>(specs: ReadonlyArray<{ target: T; text: string; weight: number }>) {
  const phrases: Phrase[] = [];
  const ids = new Map<string, number>();
  const phraseId = (text: string) => {
    const p = compilePhrase(text);
    const key = p.words.map((w) => w.text + (w.prefix ? '*' : '')).join(' ');
    let id = ids.get(key);
    if (id === undefined) {
      id = phrases.length;
      phrases.push(p);
      ids.set(key, id);
    }
    return id;
  };
  const rules: Rule<T>[] = specs.map((s) => ({
    target: s.target,
    weight: s.weight,
    parts: s.text.split('+').map(phraseId),
    source: s.text,
  }));
  const byPhrase = new Map<number, number[]>();
  rules.forEach((r, i) => byPhrase.set(r.parts[0]!, [...(byPhrase.get(r.parts[0]!) ?? []), i]));
  return { index: new PhraseIndex(phrases), rules, byPhrase } satisfies CompiledRules<T>;
}

export interface RuleFiring<T> {
  rule: Rule<T>;
  /** One hit per part. */
  hits: PhraseHit[];
}

/**
 * Rules that fire in one sentence (tokens [from, to)). `blocked` tells which hits do not count (inside an
 * organisation's name). A hit inside a longer hit of the same target is dropped, so "reunion de travail"
 * is not also counted as "reunion".
 */
export function fireRules<T>(
  compiled: CompiledRules<T>,
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  blocked: (hit: PhraseHit) => boolean = () => false,
): RuleFiring<T>[] {
  const hits = compiled.index.find(text, tokens, from, to).filter((h) => !blocked(h));
  const firstHit = new Map<number, PhraseHit>();
  for (const h of hits) if (!firstHit.has(h.phrase)) firstHit.set(h.phrase, h);
  const firings: RuleFiring<T>[] = [];
  for (const [phrase, hit] of firstHit)
    for (const ruleId of compiled.byPhrase.get(phrase) ?? []) {
      const rule = compiled.rules[ruleId]!;
      const rest = rule.parts.slice(1).map((p) => firstHit.get(p));
      if (rest.every((h) => h !== undefined)) firings.push({ rule, hits: [hit, ...(rest as PhraseHit[])] });
    }
  return firings.filter(
    (f) =>
      !firings.some(
        (g) =>
          g !== f &&
          g.rule.target === f.rule.target &&
          g.hits[0]!.first <= f.hits[0]!.first &&
          g.hits[0]!.last >= f.hits[0]!.last &&
          g.hits[0]!.last - g.hits[0]!.first > f.hits[0]!.last - f.hits[0]!.first,
      ),
  );
}
