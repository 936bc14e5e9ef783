// The import file format (docs/import.md): one CSV row per record, actor or membership, with list
// cells separated by ";". A JSON file holds the same objects the write API takes.
import { z } from 'zod';
import { ACTOR_KINDS, MEMBERSHIP_ROLES } from '../domain/vocab';
import { parsePartialDate } from '../domain/dates';

export const IMPORT_KINDS = ['records', 'actors', 'memberships'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ColumnSpec {
  name: string;
  required: boolean;
  expected: string;
}

const col = (name: string, required: boolean, expected: string): ColumnSpec => ({ name, required, expected });

const SOURCE_COLUMNS = [
  col('source_id', false, 'a lower-case slug; left blank, one is made from the address'),
  col('source_publisher', true, 'who published the source'),
  col('source_title', true, 'the title of the article or document'),
  col('source_url', false, 'a web address starting with http:// or https://'),
  col('source_language', true, 'a language code such as en, fr or vi'),
  col('source_published', false, 'YYYY, YYYY-MM or YYYY-MM-DD'),
  col('source_licence', true, 'the licence or terms of use'),
];

export const COLUMNS: Record<ImportKind, ColumnSpec[]> = {
  records: [
    col('id', false, 'a lower-case slug; left blank, one is made from the date and title'),
    col(
      'kind',
      true,
      'meeting, agreement, pledge, statement, vote, membership, review, programme or funding',
    ),
    col('title', true, 'a title of 3 to 300 characters'),
    col('summary', false, 'plain text'),
    col('date', true, 'YYYY, YYYY-MM or YYYY-MM-DD'),
    col('end_date', false, 'YYYY, YYYY-MM or YYYY-MM-DD, not before date'),
    col('date_basis', false, 'event or reported'),
    col('place', false, 'a place id such as geneva'),
    col('participants', true, 'actor:role pairs separated by ";", e.g. VNM:host; iom:party'),
    col('people', false, 'Name | title | affiliation actor id, separated by ";"'),
    col('topics', false, 'topic ids separated by ";"'),
    col('objectives', false, 'GCM objective numbers 1-23 separated by ";"'),
    ...SOURCE_COLUMNS,
    col('excerpt', true, 'the passage of the source the record rests on'),
    col('data_note', false, 'plain text'),
  ],
  actors: [
    col('id', true, 'ISO 3166 alpha-3 for a state (e.g. VNM), a lower-case slug otherwise'),
    col('kind', true, ACTOR_KINDS.join(', ')),
    col('name_en', true, 'the English name'),
    col('name_fr', false, 'the French name'),
    col('name_es', false, 'the Spanish name'),
    col('name_ar', false, 'the Arabic name'),
    col('acronym', false, 'the English acronym, e.g. IOM (acronyms in other languages are aliases: fr:OIM)'),
    col('iso2', false, 'ISO 3166 alpha-2 (states)'),
    col('aliases', false, 'lang:alias pairs separated by ";", e.g. fr:OIM; vi:Tổ chức Di cư Quốc tế'),
    col('website', false, 'a web address'),
  ],
  memberships: [
    col('member', true, 'the member actor id'),
    col('body', true, 'the body actor id (e.g. asean)'),
    col('role', true, MEMBERSHIP_ROLES.join(', ')),
    col('since', false, 'YYYY, YYYY-MM or YYYY-MM-DD'),
    col('until', false, 'YYYY, YYYY-MM or YYYY-MM-DD'),
    col('note', false, 'plain text'),
    ...SOURCE_COLUMNS,
  ],
};

const opt = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
const list = (v: string | undefined) =>
  (v ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

function sourceOf(c: Record<string, string>) {
  return {
    id: opt(c.source_id),
    publisher: c.source_publisher ?? '',
    title: c.source_title ?? '',
    url: opt(c.source_url),
    language: c.source_language ?? '',
    publishedOn: opt(c.source_published),
    licence: c.source_licence ?? '',
  };
}

/** A CSV row as the raw object the shared record schema validates. */
export function recordFromCells(c: Record<string, string>): Record<string, unknown> {
  return {
    id: opt(c.id),
    kind: c.kind?.trim(),
    title: c.title ?? '',
    summary: c.summary ?? '',
    date: c.date ?? '',
    endDate: opt(c.end_date),
    dateBasis: opt(c.date_basis) ?? undefined,
    place: opt(c.place),
    participants: list(c.participants).map((p) => {
      const [actor = '', role = '', ...detail] = p.split(':').map((x) => x.trim());
      return { actor, role, detail: detail.length ? detail.join(':') : null };
    }),
    people: list(c.people).map((p) => {
      const [name = '', title, affiliation] = p.split('|').map((x) => x.trim());
      return { name, title: title || null, affiliation: affiliation || null };
    }),
    topics: list(c.topics),
    objectives: list(c.objectives).map((n) => (/^\d+$/.test(n) ? Number(n) : n)),
    sources: [{ source: sourceOf(c), excerpt: c.excerpt ?? '' }],
    dataNote: opt(c.data_note),
  };
}

/** Which CSV column a schema path of a record comes from, for row-level messages. */
export function columnOfPath(kind: ImportKind, path: string): string | null {
  const [head, , sub, leaf] = path.split('.');
  if (kind !== 'records') return head ?? null;
  if (head === 'sources') {
    if (sub === 'excerpt') return 'excerpt';
    if (sub === 'source' && leaf) return leaf === 'publishedOn' ? 'source_published' : `source_${leaf}`;
    return 'source_publisher';
  }
  const map: Record<string, string> = { endDate: 'end_date', dateBasis: 'date_basis', dataNote: 'data_note' };
  return head ? (map[head] ?? head) : null;
}

const partialDate = z
  .string()
  .trim()
  .refine((v) => parsePartialDate(v) !== null, { message: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD.' });

export const actorImportSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(
      /^([A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/,
      'Use ISO 3166 alpha-3 (VNM) for a state, a slug otherwise.',
    ),
  kind: z.enum(ACTOR_KINDS),
  nameEn: z.string().trim().min(1, 'Give the English name.').max(300),
  nameFr: z.string().trim().max(300).nullable(),
  nameEs: z.string().trim().max(300).nullable(),
  // Optional in JSON too, so that files written before the Arabic column still import.
  nameAr: z.string().trim().max(300).nullable().default(null),
  acronym: z.string().trim().max(40).nullable(),
  iso2: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'Use ISO 3166 alpha-2, e.g. VN.')
    .nullable(),
  aliases: z.array(z.object({ lang: z.string().regex(/^[a-z]{2,3}$|^und$/), alias: z.string().min(1) })),
  website: z.url({ protocol: /^https?$/ }).nullable(),
});
export type ActorImport = z.infer<typeof actorImportSchema>;

export function actorFromCells(c: Record<string, string>): Record<string, unknown> {
  return {
    id: c.id ?? '',
    kind: c.kind?.trim(),
    nameEn: c.name_en ?? '',
    nameFr: opt(c.name_fr),
    nameEs: opt(c.name_es),
    nameAr: opt(c.name_ar),
    acronym: opt(c.acronym),
    iso2: opt(c.iso2),
    aliases: list(c.aliases).map((a) => {
      const i = a.indexOf(':');
      return i > 0 ? { lang: a.slice(0, i).trim(), alias: a.slice(i + 1).trim() } : { lang: 'und', alias: a };
    }),
    website: opt(c.website),
  };
}

export const membershipImportSchema = z.object({
  member: z.string().trim().min(2),
  body: z.string().trim().min(2),
  role: z.enum(MEMBERSHIP_ROLES),
  since: partialDate.nullable(),
  until: partialDate.nullable(),
  note: z.string().trim().max(2000).nullable(),
  source: z.object({
    id: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    publisher: z.string().trim().min(1, 'Name the publisher.'),
    title: z.string().trim().min(1, 'Give the source a title.'),
    url: z.url({ protocol: /^https?$/ }).nullable(),
    language: z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as en.'),
    publishedOn: partialDate.nullable(),
    licence: z.string().trim().min(1, 'State the licence.'),
  }),
});
export type MembershipImport = z.infer<typeof membershipImportSchema>;

export function membershipFromCells(c: Record<string, string>): Record<string, unknown> {
  return {
    member: c.member ?? '',
    body: c.body ?? '',
    role: c.role?.trim(),
    since: opt(c.since),
    until: opt(c.until),
    note: opt(c.note),
    source: sourceOf(c),
  };
}
