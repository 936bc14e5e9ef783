// Reads a news article or press release (English, French or Spanish) and proposes a DRAFT cooperation
// record: actors with roles, place, date, kind, topics, GCM objectives, people and the key sentence,
// each pointing at the sentence it rests on. Pure and deterministic: the same text and dictionary give
// the same proposal, and nothing leaves the process.
import { actorSuggestions, collectActorMatches } from './actors';
import type { ArticleContext } from './context';
import type { Dictionary } from './dictionary';
import { chooseDate } from './event-date';
import { matchGazetteer } from './gazetteer';
import { suggestKind } from './kind';
import { detectLanguage } from './language';
import { suggestPeople } from './people';
import { findDateline, suggestPlace, type Dateline } from './place';
import { splitSentences } from './sentences';
import { tokenAt, tokenize } from './tokens';
import { suggestObjectives, suggestTopics } from './topics';
import type { ActorSuggestion, ExcerptSuggestion, ExtractInput, Proposal, TopicSuggestion } from './types';

export function extractDraft(input: ExtractInput, dict: Dictionary): Proposal {
  const text = input.text;
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const sentenceTokens = sentences.map((s): [number, number] => [
    tokenAt(tokens, s.start),
    tokenAt(tokens, s.end),
  ]);
  const tokenSentence = new Int32Array(tokens.length);
  sentenceTokens.forEach(([from, to], s) => tokenSentence.fill(s, from, to));
  const language = input.language ?? detectLanguage(tokens, text);
  const names = matchGazetteer(dict.gazetteer, text, tokens);
  const inName = new Uint8Array(tokens.length);
  // Guarded names ("Réunion", "Maurice") stay ordinary words for the rules and the people finder.
  for (const g of names) if (!g.entry.guarded) inName.fill(1, g.first, g.last);
  const ctx: ArticleContext = {
    text,
    tokens,
    sentences,
    sentenceTokens,
    tokenSentence,
    language,
    dict,
    names,
    inName,
    publishedOn: input.publishedOn ?? null,
  };

  const kind = suggestKind(ctx);
  // Without a kind, the opening sentence is the best guess at what the article is about.
  const eventSentences = kind.eventSentences.size > 0 ? kind.eventSentences : new Set([0]);
  const dateline = findDateline(ctx);
  const place = suggestPlace(ctx, dateline, eventSentences);
  const people = suggestPeople(ctx);
  const affiliations = new Set(
    people.flatMap((p) =>
      p.affiliationActorId && p.matches.some((m) => eventSentences.has(m.sentenceIndex))
        ? [p.affiliationActorId]
        : [],
    ),
  );
  const actors = actorSuggestions(ctx, collectActorMatches(ctx), {
    eventSentences,
    dateline,
    placeCountryId: place?.countryId ?? null,
    affiliations,
  });
  const { date, mentions } = chooseDate(ctx, dateline, kind.eventSentences, kind.triggers);
  const topics = suggestTopics(ctx);

  return {
    language,
    languageDetected: !input.language,
    source: {
      url: input.url ?? null,
      publisher: input.publisher ?? null,
      publishedOn: input.publishedOn ?? null,
    },
    sentences,
    actors,
    place,
    date,
    dateMentions: mentions,
    kind: kind.suggestion,
    topics,
    objectives: suggestObjectives(ctx, topics),
    people,
    excerpt: chooseExcerpt(ctx, actors, topics, kind.eventSentences, dateline),
  };
}

const COMMITMENT_WORDS: Record<Proposal['language'], readonly string[]> = {
  en: ['commit', 'pledge', 'strengthen', 'cooperat', 'compact', 'gcm', 'objective', 'agree'],
  fr: ['engag', 'renforc', 'cooperation', 'pacte', 'gcm', 'objectif', 'accord'],
  es: ['compromet', 'compromiso', 'fortalec', 'cooperacion', 'pacto', 'gcm', 'objetivo', 'acuerdo'],
};

/** The sentence with the most evidence: parties and other actors, the event, commitment words, topics. */
function chooseExcerpt(
  ctx: ArticleContext,
  actors: readonly ActorSuggestion[],
  topics: readonly TopicSuggestion[],
  eventSentences: ReadonlySet<number>,
  dateline: Dateline | null,
): ExcerptSuggestion | null {
  let best: { s: number; score: number; why: string[] } | null = null;
  for (const sentence of ctx.sentences) {
    const s = sentence.index;
    const [from, to] = ctx.sentenceTokens[s]!;
    const here = actors.filter((a) => a.matches.some((m) => m.sentenceIndex === s));
    const parties = here.filter((a) => a.role === 'party').length;
    const words = new Set(
      ctx.tokens
        .slice(from, to)
        .flatMap((t) => COMMITMENT_WORDS[ctx.language].filter((w) => t.folded.startsWith(w))),
    );
    const topicCount = topics.filter((t) => t.matches.some((m) => m.sentenceIndex === s)).length;
    // Other actors count a little, and only up to three: a list of member states is not the key sentence.
    const score =
      3 * parties +
      Math.min(here.length - parties, 3) +
      (eventSentences.has(s) ? 3 : 0) +
      Math.min(words.size, 3) +
      Math.min(topicCount, 2) -
      (to - from < 8 ? 5 : 0);
    if (!best || score > best.score)
      best = {
        s,
        score,
        why: [
          `${here.length} actor${here.length === 1 ? '' : 's'} (${parties} part${parties === 1 ? 'y' : 'ies'})`,
          ...(eventSentences.has(s) ? ['the event'] : []),
          ...(words.size ? [`commitment words (${[...words].join(', ')})`] : []),
          ...(topicCount ? [`${topicCount} topic${topicCount === 1 ? '' : 's'}`] : []),
        ],
      };
  }
  if (!best || best.score <= 0) return null;
  const sentence = ctx.sentences[best.s]!;
  // The dateline ("Genève (VNA) –") is not part of the quotation.
  const start = dateline && dateline.sentenceIndex === best.s ? dateline.end : sentence.start;
  const lead =
    ctx.text.slice(start, sentence.end).length - ctx.text.slice(start, sentence.end).trimStart().length;
  return {
    text: ctx.text.slice(start + lead, sentence.end),
    start: start + lead,
    end: sentence.end,
    sentenceIndex: best.s,
    reason: `Sentence ${best.s + 1} has the most evidence: ${best.why.join(', ')}.`,
  };
}
