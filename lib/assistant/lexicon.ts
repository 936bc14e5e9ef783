// The shipped editorial rules (data/assistant/*.json), validated and compiled once per process. A typo
// in a rules file fails loudly at start-up instead of silently matching nothing.
import { z } from 'zod';
import actorRulesJson from '../../data/assistant/actor-rules.json';
import kindRulesJson from '../../data/assistant/kind-rules.json';
import titlesJson from '../../data/assistant/person-titles.json';
import topicRulesJson from '../../data/assistant/topic-rules.json';
import { RECORD_KINDS, type RecordKind } from '../domain/vocab';
import { compilePhrase, compileRules, PhraseIndex, type CompiledRules } from './phrases';
import { foldWord, phraseTokens } from './tokens';
import { ARTICLE_LANGUAGES, type ArticleLanguage } from './types';

const weighted = z.union([z.string(), z.object({ p: z.string(), w: z.number().int().min(1).max(3) })]);
const perLanguage = <T extends z.ZodType>(item: T) =>
  z.object({ en: z.array(item), fr: z.array(item), es: z.array(item) });

const kindFile = z.object({ kinds: z.record(z.enum(RECORD_KINDS), perLanguage(weighted)) });
const topicFile = z.object({
  topics: z.record(
    z.string(),
    perLanguage(z.string()).extend({ exclude: perLanguage(z.string()).partial().optional() }),
  ),
});
const actorFile = z.object({
  demonyms: z.record(z.string().regex(/^[A-Z]{3}$/), perLanguage(z.string()).partial()),
  institutionWords: perLanguage(z.string()),
  ignoredAliases: z.array(z.string()),
  placePrefixes: z.array(z.string()),
});
const titleFile = z.object({
  honorifics: z.array(z.string()),
  titles: z.array(perLanguage(z.string()).extend({ title: z.string() })),
});

export interface Demonym {
  tokens: string[];
  actorId: string;
}

export interface Lexicon {
  kinds: Record<ArticleLanguage, CompiledRules<RecordKind>>;
  topics: Record<ArticleLanguage, CompiledRules<string>>;
  topicExcludes: Record<ArticleLanguage, PhraseIndex>;
  topicIds: string[];
  demonyms: Map<string, Demonym[]>;
  institutionWords: Record<ArticleLanguage, Set<string>>;
  ignoredAliases: Set<string>;
  placePrefixes: Set<string>;
  /** Rule target: the English title. */
  titles: Record<ArticleLanguage, CompiledRules<string>>;
  honorifics: Set<string>;
}

function plurals(word: string, lang: ArticleLanguage): string[] {
  if (lang === 'en') return /(ese|ish|ch|ss|s|i)$/.test(word) ? [word] : [word, word + 's'];
  if (lang === 'fr') return /[sx]$/.test(word) ? [word] : [word, word + 's'];
  return /[aeiou]$/.test(word) ? [word, word + 's'] : [word, word + 'es'];
}

function build(): Lexicon {
  const kinds = kindFile.parse(kindRulesJson).kinds;
  const topics = topicFile.parse(topicRulesJson).topics;
  const actors = actorFile.parse(actorRulesJson);
  const titles = titleFile.parse(titlesJson);
  const byLang = <T>(f: (lang: ArticleLanguage) => T) =>
    Object.fromEntries(ARTICLE_LANGUAGES.map((l) => [l, f(l)])) as Record<ArticleLanguage, T>;

  const demonyms = new Map<string, Demonym[]>();
  for (const [actorId, forms] of Object.entries(actors.demonyms))
    for (const lang of ARTICLE_LANGUAGES)
      for (const form of forms[lang] ?? [])
        for (const word of plurals(form.toLowerCase(), lang)) {
          const tokens = phraseTokens(word);
          const list = demonyms.get(tokens[0]!) ?? [];
          if (!list.some((d) => d.actorId === actorId && d.tokens.join(' ') === tokens.join(' ')))
            list.push({ tokens, actorId });
          demonyms.set(tokens[0]!, list);
        }

  return {
    kinds: byLang((lang) =>
      compileRules(
        Object.entries(kinds).flatMap(([kind, rules]) =>
          rules[lang].map((r) => ({
            target: kind as RecordKind,
            text: typeof r === 'string' ? r : r.p,
            weight: typeof r === 'string' ? 1 : r.w,
          })),
        ),
      ),
    ),
    topics: byLang((lang) =>
      compileRules(
        Object.entries(topics).flatMap(([id, t]) => t[lang].map((text) => ({ target: id, text, weight: 1 }))),
      ),
    ),
    topicExcludes: byLang(
      (lang) =>
        new PhraseIndex(Object.values(topics).flatMap((t) => (t.exclude?.[lang] ?? []).map(compilePhrase))),
    ),
    topicIds: Object.keys(topics),
    demonyms,
    institutionWords: byLang((lang) => new Set(actors.institutionWords[lang].map(foldWord))),
    ignoredAliases: new Set(actors.ignoredAliases.map((a) => phraseTokens(a).join(' '))),
    placePrefixes: new Set(actors.placePrefixes),
    titles: byLang((lang) =>
      compileRules(
        titles.titles.flatMap((t) => t[lang].map((text) => ({ target: t.title, text, weight: 1 }))),
      ),
    ),
    honorifics: new Set(titles.honorifics.map((h) => phraseTokens(h).join(' '))),
  };
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}
