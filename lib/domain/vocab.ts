// Controlled vocabularies of the domain. The database stores them as strings (SQLite has no enums);
// these lists are the single definition that zod schemas, filters, the seed and the UI share.

export const RECORD_KINDS = [
  'meeting',
  'agreement',
  'pledge',
  'statement',
  'vote',
  'membership',
  'review',
  'programme',
  'funding',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const ACTOR_KINDS = [
  'state',
  'igo',
  'un_entity',
  'regional_org',
  'interregional_forum',
  'rcp',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PARTICIPANT_ROLES = [
  'host',
  'party',
  'signatory',
  'chair',
  'funder',
  'implementer',
  'speaker',
  'member',
  'observer',
  'partner',
  'applicant',
  'body',
  'voter',
  'mentioned',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const MEMBERSHIP_ROLES = [
  'member',
  'partner',
  'participant',
  'chair',
  'co_chair',
  'steering_committee',
  'observer',
  'applicant',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Membership roles that make an actor part of a bloc for the `bloc` filter (observers are not). */
export const BLOC_MEMBER_ROLES: readonly MembershipRole[] = [
  'member',
  'partner',
  'participant',
  'chair',
  'co_chair',
  'steering_committee',
];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Whether a record's date is when it happened, or only when a source reported it. */
export const DATE_BASES = ['event', 'reported'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export const STANCE_POSITIONS = ['yes', 'no', 'abstain', 'not_recorded', 'champion'] as const;
export type StancePosition = (typeof STANCE_POSITIONS)[number];

export const GCM_OBJECTIVE_COUNT = 23;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
