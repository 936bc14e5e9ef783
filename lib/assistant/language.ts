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
    'la',
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
    'la',
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
    'también',
  ],
};

const WEIGHTS = new Map<string, Partial<Record<ArticleLanguage, number>>>();
for (const [lang, words] of Object.entries(STOP_WORDS) as Array<[ArticleLanguage, readonly string[]]>)
  for (const w of words) WEIGHTS.set(w, { ...WEIGHTS.get(w), [lang]: 1 });

// Letters only one of the two Romance languages uses break ties in short texts ("La embajadora María").
const SPANISH_LETTERS = /[ñáíóú¿¡]/g;
const FRENCH_LETTERS = /[çèêëàâîïôûœ]|\b[ldjnmqs][’'](?=\p{L})/giu;

export function detectLanguage(tokens: readonly Token[], text = ''): ArticleLanguage {
  const score: Record<ArticleLanguage, number> = { en: 0, fr: 0, es: 0 };
  for (const t of tokens) {
    // Lower-cased, not folded: the name "Lê" is not the article "le".
    const w = WEIGHTS.get(t.raw.toLowerCase());
    if (w) for (const lang of Object.keys(w) as ArticleLanguage[]) score[lang]++;
  }
  score.es += 0.5 * Math.min(text.match(SPANISH_LETTERS)?.length ?? 0, 20);
  score.fr += 0.5 * Math.min(text.match(FRENCH_LETTERS)?.length ?? 0, 20);
  // Ties (an empty text) fall back to English, the reference language of the product.
  return (['en', 'fr', 'es'] as const).reduce((best, l) => (score[l] > score[best] ? l : best), 'en');
}
