// Guesses the article's language from its most frequent function words. Three languages that share
// many words ("la", "en", "que") are told apart by the words they do not share.
import type { Token } from './tokens';
import type { ArticleLanguage } from './types';

const STOP_WORDS: Record<ArticleLanguage, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'for',
    'with',
    'on',
    'that',
    'by',
    'said',
    'was',
    'will',
    'has',
    'its',
    'from',
    'are',
  ],
  fr: [
    'le',
    'les',
    'des',
    'du',
    'et',
    'est',
    'une',
    'pour',
    'dans',
    'avec',
    'sur',
    'au',
    'aux',
    'qui',
    'ont',
    'ses',
    'cette',
    'il',
    'elle',
    'pas',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'y',
    'una',
    'para',
    'con',
    'por',
    'al',
    'se',
    'su',
    'sus',
    'como',
    'esta',
    'fue',
    'entre',
    'sobre',
    'tambien',
  ],
};

const WEIGHTS = new Map<string, Partial<Record<ArticleLanguage, number>>>();
for (const [lang, words] of Object.entries(STOP_WORDS) as Array<[ArticleLanguage, readonly string[]]>)
  for (const w of words) WEIGHTS.set(w, { ...WEIGHTS.get(w), [lang]: 1 });

export function detectLanguage(tokens: readonly Token[]): ArticleLanguage {
  const score: Record<ArticleLanguage, number> = { en: 0, fr: 0, es: 0 };
  for (const t of tokens) {
    const w = WEIGHTS.get(t.folded);
    if (w) for (const lang of Object.keys(w) as ArticleLanguage[]) score[lang]++;
  }
  // Ties (an empty text) fall back to English, the reference language of the product.
  return (['en', 'fr', 'es'] as const).reduce((best, l) => (score[l] > score[best] ? l : best), 'en');
}
