// Which kind of record the article describes, from the weighted phrases of data/assistant/kind-rules.json.
// The sentences holding the winning kind's strong evidence are the "event sentences": actors named there
// are the parties, and dates there date the event.
import type { RecordKind } from '../domain/vocab';
import { hitInName, tokenSpan, type ArticleContext } from './context';
import { lexicon } from './lexicon';
import { fireRules } from './phrases';
import type { Confidence, KindSuggestion, TextMatch } from './types';

export interface KindResult {
  suggestion: KindSuggestion | null;
  /** Sentences with evidence of weight 2 or more for the chosen kind. */
  eventSentences: Set<number>;
  /** Token ranges [first, last) and weights of that evidence, to find the date nearest the event words. */
  triggers: Array<[number, number, number]>;
}

export function suggestKind(ctx: ArticleContext): KindResult {
  const compiled = lexicon().kinds[ctx.language];
  const scores: Partial<Record<RecordKind, number>> = {};
  const evidence: Array<{ kind: RecordKind; weight: number; match: TextMatch; first: number; last: number }> =
    [];
  ctx.sentences.forEach((_, s) => {
    const [from, to] = ctx.sentenceTokens[s]!;
    for (const f of fireRules(compiled, ctx.text, ctx.tokens, from, to, (h) => hitInName(ctx, h))) {
      const hit = f.hits[0]!;
      scores[f.rule.target] = (scores[f.rule.target] ?? 0) + f.rule.weight;
      evidence.push({
        kind: f.rule.target,
        weight: f.rule.weight,
        match: tokenSpan(ctx, hit.first, hit.last),
        first: hit.first,
        last: hit.last,
      });
    }
  });
  const ranked = (Object.entries(scores) as Array<[RecordKind, number]>).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best) return { suggestion: null, eventSentences: new Set(), triggers: [] };
  const [kind, score] = best;
  const mine = evidence.filter((e) => e.kind === kind);
  const strongest = mine.reduce((a, b) => (b.weight > a.weight ? b : a));
  const strong = mine.filter((e) => e.weight >= 2);
  const confidence: Confidence =
    score >= 3 && (!second || score >= 1.5 * second[1]) ? 'high' : score >= 2 ? 'medium' : 'low';
  const others = ranked
    .slice(1, 3)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return {
    suggestion: {
      kind,
      sentenceIndex: strongest.match.sentenceIndex,
      matches: mine.map((e) => e.match),
      confidence,
      scores,
      reason:
        `“${strongest.match.text}” (sentence ${strongest.match.sentenceIndex + 1}) points to ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}; ` +
        `evidence weight ${kind} ${score}${others ? `, then ${others}` : ''}.`,
    },
    eventSentences: new Set(strong.map((e) => e.match.sentenceIndex)),
    triggers: strong.map((e) => [e.first, e.last, e.weight]),
  };
}
