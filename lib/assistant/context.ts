// What every step of the extraction reads: the text, its tokens and sentences, the language, the
// dictionary and the name matches. Built once per article by extract.ts.
import type { Dictionary } from './dictionary';
import type { GazetteerMatch } from './gazetteer';
import type { PhraseHit } from './phrases';
import type { Token } from './tokens';
import type { ArticleLanguage, Sentence, TextMatch } from './types';

export interface ArticleContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Token range [first, last) of each sentence. */
  sentenceTokens: Array<[number, number]>;
  /** Sentence of each token. */
  tokenSentence: Int32Array;
  language: ArticleLanguage;
  dict: Dictionary;
  names: GazetteerMatch[];
  /** True for tokens inside an actor or place name. */
  inName: Uint8Array;
  publishedOn: string | null;
}

/** A rule hit inside a name does not count ("Asia-Europe Meeting" is not a meeting). */
export function hitInName(ctx: ArticleContext, hit: PhraseHit): boolean {
  for (let k = hit.first; k < hit.last; k++) if (ctx.inName[k]) return true;
  return false;
}

export function tokenSpan(ctx: ArticleContext, first: number, last: number): TextMatch {
  const start = ctx.tokens[first]!.start;
  const end = ctx.tokens[last - 1]!.end;
  return { text: ctx.text.slice(start, end), start, end, sentenceIndex: ctx.tokenSentence[first]! };
}
