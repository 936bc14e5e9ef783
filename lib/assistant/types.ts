// What the article assistant proposes. Every suggestion points at the sentence (and the characters) it
// rests on, so the editor can highlight the evidence next to each field and a person decides.
import type { ActorKind, DateBasis, DatePrecision, ParticipantRole, RecordKind } from '../domain/vocab';

export type ArticleLanguage = 'en' | 'fr' | 'es';
export const ARTICLE_LANGUAGES: readonly ArticleLanguage[] = ['en', 'fr', 'es'];

export type Confidence = 'high' | 'medium' | 'low';

export interface ExtractInput {
  text: string;
  url?: string | null;
  publisher?: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedOn?: string | null;
  /** Detected from the text when absent. */
  language?: ArticleLanguage | null;
}

export interface Sentence {
  index: number;
  /** Offsets into the input text: text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
}

/** A piece of the input text. */
export interface TextMatch {
  text: string;
  start: number;
  end: number;
  sentenceIndex: number;
}

/** How an actor mention was recognised. */
export type ActorMatchVia = 'name' | 'acronym' | 'alias' | 'demonym' | 'transposition';

export interface ActorMatch extends TextMatch {
  via: ActorMatchVia;
  confidence: Confidence;
  /** Why a doubtful match was accepted (transpositions, ambiguous names). */
  note?: string;
}

export interface ActorSuggestion {
  actorId: string;
  /** English name from the database. */
  name: string;
  kind: ActorKind;
  role: ParticipantRole;
  roleReason: string;
  matches: ActorMatch[];
  confidence: Confidence;
  reason: string;
}

export interface PlaceSuggestion {
  /** Id in the place table, or null for a city we only know from the capitals list or the dateline. */
  placeId: string | null;
  name: string;
  countryId: string | null;
  basis: 'dateline' | 'text';
  matches: TextMatch[];
  sentenceIndex: number;
  reason: string;
}

export interface DateMention extends TextMatch {
  /** Null when the year is not written and no publication date resolves it. */
  value: string | null;
  precision: DatePrecision;
  /** True when the year was not written and came from the publication date. */
  yearInferred: boolean;
  /** Why this mention was set aside, when it was. */
  setAside?: string;
  /** Why the event's date could not be proposed from it. */
  note?: string;
}

export interface DateSuggestion {
  value: string;
  precision: DatePrecision;
  basis: DateBasis;
  sentenceIndex: number | null;
  match: TextMatch | null;
  confidence: Confidence;
  reason: string;
}

export interface KindSuggestion {
  kind: RecordKind;
  sentenceIndex: number;
  matches: TextMatch[];
  confidence: Confidence;
  reason: string;
  /** Evidence weight per kind, for the editor's alternatives. */
  scores: Partial<Record<RecordKind, number>>;
}

export interface RuleMatch extends TextMatch {
  /** The rule phrase that matched, as written in the rules file. */
  rule: string;
}

export interface TopicSuggestion {
  topicId: string;
  name: string;
  matches: RuleMatch[];
  sentenceIndex: number;
  confidence: Confidence;
}

export interface ObjectiveSuggestion {
  /** GCM objective number, 1-23. */
  number: number;
  commitmentId: string;
  title: string;
  /** The suggested topics that serve this objective. */
  viaTopics: string[];
  /** Direct mentions ("objective 23", "objectif 6"). */
  mentions: TextMatch[];
  sentenceIndex: number | null;
  reason: string;
}

export interface PersonSuggestion {
  name: string;
  /** English title where the title is known ("Ambassador"), else the title as written. */
  title: string | null;
  /** The title phrase as written in the article. */
  titleOriginal: string | null;
  affiliationActorId: string | null;
  matches: TextMatch[];
  sentenceIndex: number;
}

export interface ExcerptSuggestion extends TextMatch {
  reason: string;
}

export interface Proposal {
  language: ArticleLanguage;
  languageDetected: boolean;
  source: { url: string | null; publisher: string | null; publishedOn: string | null };
  sentences: Sentence[];
  actors: ActorSuggestion[];
  place: PlaceSuggestion | null;
  date: DateSuggestion | null;
  /** Every date found, including those set aside, so the editor can pick another. */
  dateMentions: DateMention[];
  kind: KindSuggestion | null;
  topics: TopicSuggestion[];
  objectives: ObjectiveSuggestion[];
  people: PersonSuggestion[];
  excerpt: ExcerptSuggestion | null;
}
