// Records: the filtered, paged list and the single record.
import type { Lang, RecordDetail, RecordListItem, RecordPage, RecordSummary } from '../../domain/api';
import { isEmptyFilter, type RecordFilter } from '../../domain/filter';
import type { DatePrecision, DateBasis, RecordKind } from '../../domain/vocab';
import type { DbTx } from '../../db/client';
import {
  actorNameSelect,
  actorRef,
  dateAt,
  fallbackLang,
  shortFallbackLang,
  labelIn,
  nameSelect,
  objectiveShort,
  objectiveShortSelect,
  placeRef,
  sourceSelect,
} from '../dto';
import { currentEngine, join, num, raw, sql } from '../sql';
import { narrowingSizes } from './filter-plan';
import {
  countMatchingFacts,
  filterCondition,
  ftsMatch,
  queryWords,
  matchingFacts,
  type NarrowingSizes,
  usesFacets,
} from './filter-sql';
import { referenceRows, type CommitmentRow, type TopicRow } from './reference-rows';
import { periodCondition, planRollup } from './rollup-plan';

import type { RecordSort } from './record-sorts';

export { RECORD_SORTS, type RecordSort } from './record-sorts';

const ORDER: Record<RecordSort, ReturnType<typeof sql>> = {
  '-date': sql`r.date_start DESC, r.id ASC`,
  date: sql`r.date_start ASC, r.id ASC`,
  title: sql`r.title ASC, r.id ASC`,
  '-title': sql`r.title DESC, r.id ASC`,
};

const summaryInclude = {
  place: { select: { id: true, ...nameSelect, country: { select: actorNameSelect } } },
  participants: { select: { role: true, detail: true, actor: { select: actorNameSelect } } },
  topics: { select: { topic: { select: { id: true, ...nameSelect, sortOrder: true } } } },
  commitments: {
    select: {
      commitment: { select: { id: true, number: true, ...objectiveShortSelect } },
    },
  },
  sources: {
    select: { excerpt: true, sortOrder: true, source: { select: sourceSelect } },
    orderBy: { sortOrder: 'asc' },
  },
} as const;

/** Participants in reading order: hosts and parties first, then the rest, each group by name. */
const ROLE_ORDER = [
  'host',
  'chair',
  'party',
  'signatory',
  'body',
  'funder',
  'implementer',
  'speaker',
  'member',
  'partner',
  'observer',
  'applicant',
  'voter',
  'mentioned',
];

type RecordRow = {
  id: string;
  kind: string;
  title: string;
  dateStart: string;
  datePrecision: string;
  dateBasis: string;
  endDate: string | null;
  place: Parameters<typeof placeRef>[0];
  participants: Array<{ role: string; detail: string | null; actor: Parameters<typeof actorRef>[0] }>;
  topics: Array<{ topic: TopicRow }>;
  commitments: Array<{ commitment: CommitmentRow }>;
  sources: Array<{ excerpt: string; source: Omit<RecordSummary['sources'][number], 'excerpt'> }>;
};

/** How much of each record a list carries: by default all of it. */
export interface ListShape {
  /** List at most this many participants (the first in reading order); `participantCount` has them all. */
  participants?: number;
  /** Leave the sources out. */
  withoutSources?: boolean;
}

function toListItem(
  r: Omit<RecordRow, 'sources'> & { sources?: RecordRow['sources'] },
  lang: Lang,
  shape: ListShape = {},
): RecordListItem {
  const participants = r.participants
    .map((p) => ({ actor: actorRef(p.actor, lang), role: p.role, detail: p.detail }))
    .sort(
      (a, b) =>
        ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.actor.name.localeCompare(b.actor.name),
    );
  return {
    id: r.id,
    kind: r.kind as RecordKind,
    title: r.title,
    date: dateAt(r.dateStart, r.datePrecision),
    datePrecision: r.datePrecision as DatePrecision,
    dateBasis: r.dateBasis as DateBasis,
    endDate: r.endDate,
    place: placeRef(r.place, lang),
    participants: shape.participants === undefined ? participants : participants.slice(0, shape.participants),
    participantCount: participants.length,
    topics: r.topics
      .map((t) => t.topic)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((t) => ({ id: t.id, name: labelIn(t, lang).text, ...fallbackLang(labelIn(t, lang), lang) })),
    objectives: r.commitments
      .map((c) => c.commitment)
      .filter((c) => c.number !== null)
      .sort((a, b) => a.number! - b.number!)
      .map((c) => {
        const short = objectiveShort(c, lang);
        return { number: c.number!, short: short.text, ...shortFallbackLang(short, lang) };
      }),
    ...(r.sources && !shape.withoutSources
      ? { sources: r.sources.map((s) => ({ ...s.source, excerpt: s.excerpt })) }
      : {}),
  };
}

function toSummary(r: RecordRow, lang: Lang): RecordSummary {
  return toListItem(r, lang) as RecordSummary;
}

/** All live records, from the rollups. */
async function liveRecordCount(db: DbTx): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ n: unknown }>>(sql`SELECT SUM(n) AS n FROM agg_period`);
  return num(row?.n);
}

/**
 * A text search alone, on SQLite: the matches are counted in the FTS index, less the deleted records
 * among them (found through their partial index), instead of looking up every matching record.
 */
function textOnlyCount(filter: RecordFilter) {
  if (currentEngine() !== 'sqlite' || !filter.q || !isEmptyFilter({ ...filter, q: null })) return null;
  const words = queryWords(filter.q);
  if (!words.length) return null;
  const m = ftsMatch(words);
  return sql`SELECT (SELECT COUNT(*) FROM record_fts WHERE record_fts MATCH ${m})
    - (SELECT COUNT(*) FROM record_fts WHERE record_fts MATCH ${m}
         AND rowid IN (SELECT d.rowid FROM cooperation_record d WHERE d.deleted_at IS NOT NULL)) AS n`;
}

export async function countRecords(db: DbTx, filter: RecordFilter, sizes?: NarrowingSizes): Promise<number> {
  const text = textOnlyCount(filter);
  if (text) return num((await db.$queryRaw<Array<{ n: unknown }>>(text))[0]?.n);
  const plan = await planRollup(db, filter);
  const facets = !plan && usesFacets(filter);
  const rows = await db.$queryRaw<Array<{ n: unknown }>>(
    plan
      ? sql`SELECT SUM(g.n) AS n FROM ${raw(plan.table)} g WHERE ${plan.key} AND ${periodCondition(plan)}`
      : facets
        ? countMatchingFacts(filter)
        : sql`SELECT COUNT(*) AS n FROM cooperation_record r WHERE ${filterCondition(filter, { sizes: sizes ?? (await narrowingSizes(db, filter)) })}`,
  );
  return num(rows[0]?.n);
}

type PageOptions = { page: number; pageSize: number; sort: RecordSort; lang: Lang };

export async function listRecords(
  db: DbTx,
  filter: RecordFilter,
  opts: PageOptions & { shape?: undefined },
): Promise<RecordPage>;
export async function listRecords(
  db: DbTx,
  filter: RecordFilter,
  opts: PageOptions & { shape?: ListShape },
): Promise<RecordPage<RecordListItem>>;
export async function listRecords(
  db: DbTx,
  filter: RecordFilter,
  opts: PageOptions & { shape?: ListShape },
): Promise<RecordPage<RecordListItem>> {
  const offset = (opts.page - 1) * opts.pageSize;
  // Which narrowing drives (SQLite): asked once, for the count and the page.
  const sizes = await narrowingSizes(db, filter);
  const [total, all] = await Promise.all([countRecords(db, filter, sizes), liveRecordCount(db)]);
  // A dense filter (at least 1 record in 50) is fastest by walking the date index and probing each
  // record; a sparse one by starting from its own records and sorting them.
  const dense = opts.sort.endsWith('date') && total * 50 >= all;
  // SQLite may still prefer to collect a text search's matches and sort them all; for a dense filter
  // walking the date index is the fast plan, so it is named.
  const from =
    dense && currentEngine() === 'sqlite'
      ? sql`cooperation_record r INDEXED BY cooperation_record_date_start_id_idx`
      : sql`cooperation_record r`;
  const page = sql`ORDER BY ${ORDER[opts.sort]} LIMIT ${opts.pageSize} OFFSET ${offset}`;
  const idRows = await db.$queryRaw<Array<{ id: string }>>(
    !dense && usesFacets(filter)
      ? // The facet index finds the few matches first (materialised: PostgreSQL would otherwise walk
        // the date index and look each record up in the facts, 1 s for three filters and a word at 1M).
        sql`WITH m AS MATERIALIZED (${matchingFacts(filter, sql`x.record_id AS id`)})
            SELECT r.id FROM cooperation_record r WHERE r.id IN (SELECT m.id FROM m) ${page}`
      : sql`SELECT r.id FROM ${from} WHERE ${filterCondition(filter, { drive: dense ? 'probe' : 'set', sizes: dense ? undefined : sizes })} ${page}`,
  );
  return {
    total,
    page: opts.page,
    pageSize: opts.pageSize,
    items: await listItemsByIds(
      db,
      idRows.map((r) => r.id),
      opts.lang,
      opts.shape,
    ),
  };
}

type LinkRow = {
  k: 'p' | 't' | 'c';
  recordId: string;
  id: string;
  role: string | null;
  detail: string | null;
};
type SourceRow = RecordSummary['sources'][number] & { recordId: string };

/**
 * The given records, in the given order, as much of each as `shape` asks for. Three statements at once
 * (the records, their links, their sources); the names of the actors, places, topics and objectives they
 * link to come from the reference rows kept per version (reference-rows.ts). Prisma's relation query
 * for the same answer was nine statements and mapped every row through its engine: 7 ms p50 and 20 ms
 * p95 in-process for a page of 25 at 1M records.
 */
async function listItemsByIds(db: DbTx, ids: string[], lang: Lang, shape: ListShape = {}) {
  if (!ids.length) return [];
  const list = join(ids);
  const [records, links, sources] = await Promise.all([
    db.$queryRaw<
      Array<
        Omit<RecordRow, 'place' | 'participants' | 'topics' | 'commitments' | 'sources'> & {
          placeId: string | null;
        }
      >
    >(
      sql`SELECT id, kind, title, date_start AS "dateStart", date_precision AS "datePrecision",
            date_basis AS "dateBasis", end_date AS "endDate", place_id AS "placeId"
          FROM cooperation_record WHERE id IN (${list})`,
    ),
    db.$queryRaw<LinkRow[]>(
      sql`SELECT 'p' AS k, record_id AS "recordId", actor_id AS id, role, detail FROM record_participant WHERE record_id IN (${list})
        UNION ALL SELECT 't', record_id, topic_id, NULL, NULL FROM record_topic WHERE record_id IN (${list})
        UNION ALL SELECT 'c', record_id, commitment_id, NULL, NULL FROM record_commitment WHERE record_id IN (${list})`,
    ),
    shape.withoutSources
      ? Promise.resolve([] as SourceRow[])
      : db.$queryRaw<SourceRow[]>(
          sql`SELECT rs.record_id AS "recordId", rs.excerpt, s.id, s.publisher, s.title, s.url, s.language,
                s.published_on AS "publishedOn", s.licence, s.note
              FROM record_source rs JOIN source s ON s.id = rs.source_id
              WHERE rs.record_id IN (${list}) ORDER BY rs.record_id, rs.sort_order, rs.source_id`,
        ),
  ]);
  const linked = (k: LinkRow['k']) => links.filter((l) => l.k === k).map((l) => l.id);
  const ref = await referenceRows(db, {
    actors: linked('p'),
    places: records.flatMap((r) => (r.placeId ? [r.placeId] : [])),
    topics: linked('t'),
    commitments: linked('c'),
  });
  // The places' countries, where no participant is the country itself.
  const countries = [...ref.places.values()].map((p) => p.countryId).filter((id) => !ref.actors.has(id));
  if (countries.length)
    for (const [id, a] of (await referenceRows(db, { actors: countries })).actors) ref.actors.set(id, a);
  const rows = new Map<string, RecordRow>();
  for (const { placeId, ...r } of records) {
    const place = placeId ? ref.places.get(placeId) : undefined;
    rows.set(r.id, {
      ...r,
      place: place ? { ...place, country: ref.actors.get(place.countryId)! } : null,
      participants: [],
      topics: [],
      commitments: [],
      sources: [],
    });
  }
  for (const l of links) {
    const row = rows.get(l.recordId)!;
    if (l.k === 'p') row.participants.push({ role: l.role!, detail: l.detail, actor: ref.actors.get(l.id)! });
    else if (l.k === 't') row.topics.push({ topic: ref.topics.get(l.id)! });
    else row.commitments.push({ commitment: ref.commitments.get(l.id)! });
  }
  for (const { recordId, excerpt, ...source } of sources)
    rows.get(recordId)!.sources.push({ excerpt, source });
  return ids.map((id) => toListItem(rows.get(id)!, lang, shape));
}

/** Full summaries of the given records, in the given order. */
export async function summariesByIds(db: DbTx, ids: string[], lang: Lang): Promise<RecordSummary[]> {
  return (await listItemsByIds(db, ids, lang)) as RecordSummary[];
}

/**
 * Every filtered record, newest first, in batches: keyset paging on (date_start, id) so a large export
 * never holds more than one batch in memory and never slows down as OFFSET would.
 */
export async function* iterateRecords(
  db: DbTx,
  filter: RecordFilter,
  lang: Lang,
  batchSize = 500,
): AsyncGenerator<RecordSummary[]> {
  const facets = usesFacets(filter);
  const sizes = facets ? undefined : await narrowingSizes(db, filter);
  let after: { date: string; id: string } | null = null;
  for (;;) {
    const keyset = after
      ? sql`AND (r.date_start < ${after.date} OR (r.date_start = ${after.date} AND r.id > ${after.id}))`
      : sql``;
    // A combined filter's matches come from the facet index, with their dates (see listRecords).
    const from = facets
      ? sql`(${matchingFacts(filter, sql`x.record_id AS id, x.date_start AS date_start`)}) r WHERE 1 = 1`
      : sql`cooperation_record r WHERE ${filterCondition(filter, { sizes })}`;
    const rows: Array<{ id: string; date_start: string }> = await db.$queryRaw(
      sql`SELECT r.id, r.date_start FROM ${from} ${keyset} ORDER BY r.date_start DESC, r.id ASC LIMIT ${batchSize}`,
    );
    if (!rows.length) return;
    yield await summariesByIds(
      db,
      rows.map((r) => r.id),
      lang,
    );
    const last = rows[rows.length - 1]!;
    after = { date: last.date_start, id: last.id };
    if (rows.length < batchSize) return;
  }
}

/** One record; a deleted one only when asked (staff see it with a Restore button, others a 404). */
export async function getRecord(
  db: DbTx,
  id: string,
  lang: Lang,
  opts: { includeDeleted?: boolean } = {},
): Promise<RecordDetail | null> {
  const r = await db.cooperationRecord.findUnique({
    where: { id },
    include: {
      ...summaryInclude,
      people: {
        orderBy: { sortOrder: 'asc' },
        select: { name: true, title: true, affiliationActor: { select: actorNameSelect } },
      },
    },
  });
  if (!r || (r.deletedAt && !opts.includeDeleted)) return null;
  return {
    ...toSummary(r as unknown as RecordRow, lang),
    summary: r.summary,
    dataNote: r.dataNote,
    people: r.people.map((p) => ({
      name: p.name,
      title: p.title,
      affiliation: p.affiliationActor ? actorRef(p.affiliationActor, lang) : null,
    })),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
    deletedAt: r.deletedAt ? r.deletedAt.toISOString() : null,
  };
}
