// Topics from the editorial phrase rules (data/assistant/topic-rules.json), and GCM objectives from
// the topics' mapping in the database plus direct mentions ("objective 23", "objectif 6").
import { hitInName, tokenSpan, type ArticleContext } from './context';
import { lexicon } from './lexicon';
import { tokenAt } from './tokens';
import { fireRules, type PhraseHit } from './phrases';
import type { ObjectiveSuggestion, RuleMatch, TextMatch, TopicSuggestion } from './types';

export function suggestTopics(ctx: ArticleContext): TopicSuggestion[] {
  const lex = lexicon();
  const compiled = lex.topics[ctx.language];
  const byTopic = new Map<string, RuleMatch[]>();
  ctx.sentences.forEach((_, s) => {
    const [from, to] = ctx.sentenceTokens[s]!;
    const excluded = lex.topicExcludes[ctx.language].find(ctx.text, ctx.tokens, from, to);
    const blocked = (h: PhraseHit) =>
      hitInName(ctx, h) || excluded.some((x) => x.first <= h.first && x.last >= h.last);
    for (const f of fireRules(compiled, ctx.text, ctx.tokens, from, to, blocked)) {
      if (!ctx.dict.topics.has(f.rule.target)) continue;
      const list = byTopic.get(f.rule.target) ?? [];
      for (const h of f.hits) list.push({ ...tokenSpan(ctx, h.first, h.last), rule: f.rule.source });
      byTopic.set(f.rule.target, list);
    }
  });
  return [...byTopic]
    .map(([topicId, matches]) => {
      matches.sort((a, b) => a.start - b.start);
      const distinct = new Set(matches.map((m) => m.sentenceIndex)).size;
      return {
        topicId,
        name: ctx.dict.topics.get(topicId)!.name,
        matches,
        sentenceIndex: matches[0]!.sentenceIndex,
        confidence: distinct >= 2 ? ('high' as const) : ('medium' as const),
      };
    })
    .sort((a, b) => b.matches.length - a.matches.length || a.sentenceIndex - b.sentenceIndex);
}

// "objective 23", "objectifs 2 et 6", "objetivo n° 6"; not SDG targets ("objetivo 10.7").
const MENTION =
  /\b(?:gcm\s+)?(?:objectives?|objectifs?|objetivos?)\s+(?:n[°º.]?\s*)?(\d{1,2}(?!\d|[.,]\d)(?:\s*(?:,|and|et|y|&)\s*\d{1,2}(?!\d|[.,]\d))*)/giu;

function directMentions(ctx: ArticleContext): Map<number, TextMatch[]> {
  const out = new Map<number, TextMatch[]>();
  for (const m of ctx.text.matchAll(MENTION)) {
    const start = m.index;
    const end = start + m[0].length;
    const s = ctx.tokenSentence[tokenAt(ctx.tokens, start)] ?? 0;
    for (const n of m[1]!.split(/\D+/).filter(Boolean).map(Number)) {
      if (!ctx.dict.objectives.has(n)) continue;
      out.set(n, [...(out.get(n) ?? []), { text: m[0], start, end, sentenceIndex: s }]);
    }
  }
  return out;
}

export function suggestObjectives(
  ctx: ArticleContext,
  topics: readonly TopicSuggestion[],
): ObjectiveSuggestion[] {
  const mentions = directMentions(ctx);
  const numbers = new Set<number>(mentions.keys());
  for (const t of topics) for (const n of ctx.dict.topics.get(t.topicId)?.objectives ?? []) numbers.add(n);
  return [...numbers]
    .sort((a, b) => a - b)
    .flatMap((n) => {
      const objective = ctx.dict.objectives.get(n);
      if (!objective) return [];
      const via = topics.filter((t) => ctx.dict.topics.get(t.topicId)?.objectives.includes(n));
      const direct = mentions.get(n) ?? [];
      const reasons = [
        ...(direct.length ? [`the article names “${direct[0]!.text}”`] : []),
        ...(via.length
          ? [`served by the topic${via.length > 1 ? 's' : ''} ${via.map((t) => t.topicId).join(', ')}`]
          : []),
      ];
      return [
        {
          number: n,
          commitmentId: objective.commitmentId,
          title: objective.title,
          viaTopics: via.map((t) => t.topicId),
          mentions: direct,
          sentenceIndex: direct[0]?.sentenceIndex ?? via[0]?.sentenceIndex ?? null,
          reason: `GCM objective ${n}: ${reasons.join('; ')}.`,
        },
      ];
    });
}
