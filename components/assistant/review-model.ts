// The editor's review of an article assistant proposal, without any React: which suggestions exist,
// what the editor decided and changed, the text each one rests on (for highlighting), and the record
// draft the accepted ones make. Nothing is carried into the draft unless the editor accepted it.
import type { Proposal } from '@/lib/assistant/types';
import type { DateBasis, ParticipantRole, RecordKind } from '@/lib/domain/vocab';
import { emptyDraft, type Draft } from '../editor/draft';

export type Decision = 'accept' | 'reject';

export interface Review {
  decisions: Partial<Record<string, Decision>>;
  /** Chosen role per actor id. */
  roles: Record<string, ParticipantRole>;
  kind: RecordKind | null;
  date: { value: string; basis: DateBasis } | null;
  /** Name and title per suggested person, in the proposal's order. */
  people: Array<{ name: string; title: string }>;
  /** The sentence quoted as the excerpt. */
  excerptSentence: number | null;
}

/** What the editor typed about the article besides its text. */
export interface ArticleMeta {
  text: string;
  title: string;
  url: string;
  publisher: string;
  publishedOn: string;
}

export const keyOf = {
  actor: (id: string) => `actor:${id}`,
  topic: (id: string) => `topic:${id}`,
  objective: (n: number) => `objective:${n}`,
  person: (i: number) => `person:${i}`,
  place: 'place',
  date: 'date',
  kind: 'kind',
  excerpt: 'excerpt',
} as const;

/** Every suggestion the editor can accept, in the order the review lists them. */
export function suggestionKeys(p: Proposal): string[] {
  return [
    ...p.actors.map((a) => keyOf.actor(a.actorId)),
    // A city known only from the capitals list has no place id: it is shown, not offered.
    ...(p.place?.placeId ? [keyOf.place] : []),
    ...(p.date ? [keyOf.date] : []),
    ...(p.kind ? [keyOf.kind] : []),
    ...p.topics.map((t) => keyOf.topic(t.topicId)),
    ...p.objectives.map((o) => keyOf.objective(o.number)),
    ...p.people.map((_, i) => keyOf.person(i)),
    ...(p.excerpt ? [keyOf.excerpt] : []),
  ];
}

export function initialReview(p: Proposal): Review {
  return {
    decisions: {},
    roles: Object.fromEntries(p.actors.map((a) => [a.actorId, a.role])),
    kind: p.kind?.kind ?? null,
    date: p.date ? { value: p.date.value, basis: p.date.basis } : null,
    people: p.people.map((x) => ({ name: x.name, title: x.title ?? '' })),
    excerptSentence: p.excerpt?.sentenceIndex ?? null,
  };
}

/** Accepts every suggestion not decided yet; rejections stand. */
export function acceptUndecided(p: Proposal, r: Review): Review {
  const decisions = { ...r.decisions };
  for (const k of suggestionKeys(p)) decisions[k] ??= 'accept';
  return { ...r, decisions };
}

export interface Span {
  start: number;
  end: number;
}

/** The sentences a suggestion rests on and the words in them that gave it away. */
export interface Evidence {
  sentences: number[];
  spans: Span[];
}

const NONE: Evidence = { sentences: [], spans: [] };

function fromMatches(
  matches: ReadonlyArray<Span & { sentenceIndex: number }>,
  also: number | null = null,
): Evidence {
  const sentences = new Set(matches.map((m) => m.sentenceIndex));
  if (also !== null) sentences.add(also);
  return {
    sentences: [...sentences].sort((a, b) => a - b),
    spans: matches.map((m) => ({ start: m.start, end: m.end })),
  };
}

export function evidenceOf(p: Proposal, key: string | null, r: Review): Evidence {
  if (!key) return NONE;
  const [type, id = ''] = key.split(/:(.*)/s);
  switch (type) {
    case 'actor':
      return fromMatches(p.actors.find((a) => a.actorId === id)?.matches ?? []);
    case 'topic':
      return fromMatches(p.topics.find((t) => t.topicId === id)?.matches ?? []);
    case 'person':
      return fromMatches(p.people[Number(id)]?.matches ?? []);
    case 'objective': {
      const o = p.objectives.find((x) => x.number === Number(id));
      if (!o) return NONE;
      // An objective follows from its topics: their evidence is its evidence.
      const viaTopics = p.topics.filter((t) => o.viaTopics.includes(t.topicId)).flatMap((t) => t.matches);
      return fromMatches([...o.mentions, ...viaTopics], o.sentenceIndex);
    }
    case 'place':
      return p.place ? fromMatches(p.place.matches, p.place.sentenceIndex) : NONE;
    case 'date':
      return p.date?.match ? fromMatches([p.date.match]) : NONE;
    case 'kind':
      return p.kind ? fromMatches(p.kind.matches, p.kind.sentenceIndex) : NONE;
    case 'excerpt': {
      if (!p.excerpt || r.excerptSentence === null) return NONE;
      if (r.excerptSentence === p.excerpt.sentenceIndex) return fromMatches([p.excerpt]);
      return { sentences: [r.excerptSentence], spans: [] };
    }
    default:
      return NONE;
  }
}

/** The source's title when the editor gave none: the article's first line, cut at a word. */
export function titleFromText(text: string, max = 120): string {
  const line = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

export function excerptText(p: Proposal, r: Review): string {
  if (!p.excerpt || r.excerptSentence === null) return '';
  if (r.excerptSentence === p.excerpt.sentenceIndex) return p.excerpt.text;
  return p.sentences[r.excerptSentence]?.text.trim() ?? '';
}

/** The record draft made of the accepted suggestions; the article becomes its source. */
export function draftFromReview(p: Proposal, r: Review, meta: ArticleMeta, licence: string): Draft {
  const d = emptyDraft();
  const ok = (key: string) => r.decisions[key] === 'accept';
  if (p.kind && ok(keyOf.kind)) d.kind = r.kind ?? p.kind.kind;
  if (p.date && r.date && ok(keyOf.date)) {
    d.date = r.date.value.trim();
    d.dateBasis = r.date.basis;
    // A date that is only the publication date says so in the record, as the founding record does.
    if (r.date.value === p.date.value && r.date.basis === 'reported') d.dataNote = p.date.reason;
  }
  if (p.place?.placeId && ok(keyOf.place)) d.place = p.place.placeId;
  const participants = p.actors
    .filter((a) => ok(keyOf.actor(a.actorId)))
    .map((a) => ({ actor: a.actorId, role: r.roles[a.actorId] ?? a.role, detail: '' }));
  if (participants.length) d.participants = participants;
  d.people = p.people.flatMap((x, i) => {
    const edited = r.people[i] ?? { name: x.name, title: x.title ?? '' };
    return ok(keyOf.person(i))
      ? [{ name: edited.name.trim(), title: edited.title.trim(), affiliation: x.affiliationActorId ?? '' }]
      : [];
  });
  d.topics = p.topics.filter((t) => ok(keyOf.topic(t.topicId))).map((t) => t.topicId);
  d.objectives = p.objectives.filter((o) => ok(keyOf.objective(o.number))).map((o) => o.number);
  d.sources = [
    {
      source: {
        id: '',
        publisher: meta.publisher.trim(),
        title: meta.title.trim() || titleFromText(meta.text),
        url: meta.url.trim(),
        language: p.language,
        publishedOn: meta.publishedOn.trim(),
        licence,
      },
      excerpt: ok(keyOf.excerpt) ? excerptText(p, r) : '',
    },
  ];
  return d;
}
