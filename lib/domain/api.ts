// The read API's response shapes (GET /api/v1/...). Server query functions return them; client views
// consume them. Keep in step with app/api/v1/openapi.json/route.ts.
import type { ActorKind, DateBasis, DatePrecision, RecordKind } from './vocab';

/** A language of the interface and of the data labels the API returns (lib/i18n/config.ts LOCALES). */
export type Lang = 'en' | 'fr' | 'es' | 'ar';

/**
 * Data labels come in the requested language where the sources give one; otherwise in English, and then
 * `nameLang` (or `shortLang`) names the label's own language so that it can be marked as untranslated.
 * Absent when the label is in the requested language.
 */
export interface ActorRef {
  id: string;
  kind: ActorKind;
  name: string;
  /** The acronym in the requested language (OIM in French), or the English one. */
  acronym: string | null;
  nameLang?: Lang;
}

export interface PlaceRef {
  id: string;
  name: string;
  nameLang?: Lang;
  country: ActorRef;
}

export interface TopicRef {
  id: string;
  name: string;
  nameLang?: Lang;
}

export interface ObjectiveRef {
  number: number;
  short: string;
  shortLang?: Lang;
}

export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  url: string | null;
  language: string;
  publishedOn: string | null;
  licence: string;
  note: string | null;
}

export interface RecordSummary {
  id: string;
  kind: RecordKind;
  title: string;
  /** The date at its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  endDate: string | null;
  place: PlaceRef | null;
  /** In reading order (hosts and parties first, then by role and name). */
  participants: Array<{ actor: ActorRef; role: string; detail: string | null }>;
  /** All participants, also when `participants` lists only the first few (a records page's `participants=N`). */
  participantCount: number;
  topics: TopicRef[];
  objectives: ObjectiveRef[];
  sources: Array<SourceRef & { excerpt: string }>;
}

/** A record in a page of records asked for with `sources=none`: as a summary, without its sources. */
export type RecordListItem = Omit<RecordSummary, 'sources'> & { sources?: RecordSummary['sources'] };

export interface RecordDetail extends RecordSummary {
  summary: string;
  dataNote: string | null;
  people: Array<{ name: string; title: string | null; affiliation: ActorRef | null }>;
  version: number;
  updatedAt: string;
  /** Set when staff deleted the record (only staff ever see such a record). */
  deletedAt: string | null;
}

export interface RecordPage<Item extends RecordListItem = RecordSummary> {
  total: number;
  page: number;
  pageSize: number;
  items: Item[];
}

export interface TimelineBucket {
  /** YYYY or YYYY-MM. */
  start: string;
  /** Records in the bucket (a record with several topics counts once). */
  count: number;
  byKind: Partial<Record<RecordKind, number>>;
  /** With stack=topic: records per topic id, `none` for records without a topic. A record with several
   * topics counts under each, so these may add up to more than `count`. */
  byTopic?: Record<string, number>;
}

/** What GET /api/v1/timeline accepts: `auto` picks month for short spans, year otherwise. */
export type TimelineInterval = 'auto' | 'year' | 'month';
export type TimelineStack = 'kind' | 'topic';

export interface TimelineResponse {
  /** The interval used (never `auto`). */
  interval: 'year' | 'month';
  stack: TimelineStack;
  total: number;
  buckets: TimelineBucket[];
  /** With interval=month: records dated only to a year, which cannot be placed in a month. */
  yearOnly: TimelineBucket[];
}

export interface MapResponse {
  total: number;
  countries: Array<{ iso3: string; count: number }>;
}

export interface NetworkNode {
  id: string;
  kind: ActorKind;
  /** Short label: the acronym of an organisation, the name of a state. */
  label: string;
  /** Full name in the requested language. */
  name: string;
  nameLang?: Lang;
  /** Distinct partners among the returned nodes. */
  degree: number;
  /** Filtered records the actor takes part in. */
  records: number;
}

/** What an edge's weight counts: records both actors take part in, or bodies both belong to. */
export type NetworkEdgeMeasure = 'records' | 'memberships';

export interface NetworkResponse {
  nodes: NetworkNode[];
  edges: Array<{ source: string; target: string; weight: number }>;
  /** Size of the whole network (or ego network) before the node limit. */
  totalNodes: number;
  /**
   * Every tie before the node limit. Null for a truncated network whose ties are not all read: a large
   * ego network, or a busy actor's, a topic's or an objective's network over all time (pre-counted pairs).
   */
  totalEdges: number | null;
  truncated: boolean;
  /** The actor the ego network is centred on; null for the whole network. */
  focus: string | null;
  /** Steps from the focus (null without one). */
  depth: 1 | 2 | null;
  edgeMeasure: NetworkEdgeMeasure;
}

export interface Membership {
  id: string;
  body: ActorRef;
  member: ActorRef;
  role: string;
  roleDetail: string | null;
  since: string | null;
  sincePrecision: DatePrecision | null;
  until: string | null;
  asOf: string | null;
  note: string | null;
  source: SourceRef;
}

export interface StanceItem {
  actor: ActorRef;
  position: string;
  date: string | null;
  evidence: string | null;
  recordId: string | null;
  source: SourceRef;
}

export interface StanceSetSummary {
  id: string;
  framework: string;
  title: string;
  description: string;
  complete: boolean;
  completenessNote: string | null;
  date: string | null;
  recordId: string | null;
  source: SourceRef;
  totals: Record<string, number>;
}

export interface ActorDetail extends ActorRef {
  names: Partial<Record<'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru' | 'vi', string>>;
  aliases: Array<{ lang: string; alias: string }>;
  iso2: string | null;
  isoNumeric: string | null;
  /** UN M49 regions: the shipped source names them in English only (nameLang 'en' in other languages). */
  region: { code: string; name: string; nameLang?: Lang } | null;
  subRegion: { code: string; name: string; nameLang?: Lang } | null;
  unMember: boolean;
  website: string | null;
  memberOf: Membership[];
  members: Membership[];
  memberCounts: Array<{ asOf: string; count: number; what: string; source: SourceRef }>;
  stances: Array<Omit<StanceItem, 'actor'> & { set: { id: string; title: string; complete: boolean } }>;
  recordCount: number;
}

/** A problem with one field of a written record (path like "participants.0.actor"). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiError {
  error: {
    code:
      | 'bad_parameter'
      | 'not_found'
      | 'internal'
      | 'unauthenticated'
      | 'forbidden'
      | 'cross_site'
      | 'invalid'
      | 'conflict'
      | 'too_large'
      | 'unsupported_media_type';
    message: string;
    issues?: Array<{ param: string; value: string; code: string; message: string }>;
    /** Per-field problems of a write (invalid input). */
    fields?: FieldIssue[];
  };
}

export interface SummaryResponse {
  records: number;
  states: number;
  organisations: number;
  objectives: number;
  /** Earliest and latest start dates in the selection (YYYY-MM-DD), null when empty. */
  from: string | null;
  to: string | null;
  /** Records per topic and per GCM objective in the selection (only those with records), most first. */
  byTopic: Array<{ id: string; count: number }>;
  byObjective: Array<{ number: number; count: number }>;
}

/** What the filter panel offers, with labels in the page's language. */
export interface FilterOptions {
  /** `isoNumeric`: ISO 3166-1 numeric code (3 digits), joins states to map boundaries. */
  countries: Array<{
    id: string;
    name: string;
    nameLang?: Lang;
    region: string | null;
    isoNumeric: string | null;
  }>;
  organisations: Array<{ id: string; name: string; nameLang?: Lang; acronym: string | null; kind: string }>;
  /** Bodies with members, and their member states (for bloc outlines on the map). */
  blocs: Array<{ id: string; name: string; nameLang?: Lang; members: string[] }>;
  topics: TopicRef[];
  objectives: Array<ObjectiveRef & { title: string }>;
}

/** The GCM endorsement vote as the map's stance mode needs it. */
export interface MapStances {
  items: Array<{ iso3: string; position: string }>;
  source: { title: string; url: string | null; publisher: string };
}
