// Rows of the reference tables that answers name by id (actors, places, topics, GCM objectives), kept
// while the reference data keeps its version (lib/server/reference-version.ts): a request then costs one
// tiny version read instead of a statement per table. Reading a network's 150 actors took 1.6–2 ms
// in-process at 1M records; a records page's actors, places, topics and objectives were six statements of
// Prisma's relation queries. An id the kept rows lack (a row added without a new version) is read
// directly. Shared between requests: never mutate the rows.
import type { ActorNameRow, NamedRow } from '../dto';
import type { DbTx } from '../../db/client';
import { perReferenceVersion, referenceVersion } from '../reference-version';
import { join, num, raw, sql, type Sql } from '../sql';

interface Table<T extends { id: string }> {
  key: string;
  /** The table's rows (`WHERE` and the ids appended by `rowsById`). */
  select: Sql;
  /** Turns a row as read into the row kept (numbers read as numbers on both engines). */
  shape?: (row: T) => T;
}

/** The rows of `ids` (those that exist), by id, from the rows kept at `version`. */
async function rowsById<T extends { id: string }>(
  db: DbTx,
  version: string,
  table: Table<T>,
  ids: readonly string[],
): Promise<Map<string, T>> {
  if (!ids.length) return new Map();
  const read = async (d: DbTx, where: Sql) => {
    const rows = await d.$queryRaw<T[]>(sql`${table.select} ${where}`);
    return new Map(rows.map((r) => [r.id, table.shape ? table.shape(r) : r]));
  };
  const all = await perReferenceVersion(`rows:${table.key}`, (d) => read(d, sql``), db, version);
  const missing = ids.filter((id) => !all.has(id));
  const found = missing.length ? await read(db, sql`WHERE id IN (${join(missing)})`) : new Map<string, T>();
  const out = new Map<string, T>();
  for (const id of ids) {
    const row = all.get(id) ?? found.get(id);
    if (row) out.set(id, row);
  }
  return out;
}

const ACTORS: Table<ActorNameRow> = {
  key: 'actor',
  select: raw(`SELECT id, kind, name_en AS "nameEn", name_fr AS "nameFr", name_es AS "nameEs",
    name_ar AS "nameAr", acronym, acronym_fr AS "acronymFr", acronym_es AS "acronymEs",
    acronym_ar AS "acronymAr" FROM actor`),
};

type PlaceRow = NamedRow & { id: string; countryId: string };
const PLACES: Table<PlaceRow> = {
  key: 'place',
  select: raw(`SELECT id, country_id AS "countryId", name_en AS "nameEn", name_fr AS "nameFr",
    name_es AS "nameEs", name_ar AS "nameAr" FROM place`),
};

export type TopicRow = {
  id: string;
  nameEn: string;
  nameFr: string;
  nameEs: string | null;
  nameAr: string | null;
  sortOrder: number;
};
const TOPICS: Table<TopicRow> = {
  key: 'topic',
  select: raw(`SELECT id, name_en AS "nameEn", name_fr AS "nameFr", name_es AS "nameEs",
    name_ar AS "nameAr", sort_order AS "sortOrder" FROM topic`),
  shape: (r) => ({ ...r, sortOrder: num(r.sortOrder) }),
};

export type CommitmentRow = {
  id: string;
  number: number | null;
  shortEn: string | null;
  shortFr: string | null;
  shortEs: string | null;
  shortAr: string | null;
  titleEn: string;
};
const COMMITMENTS: Table<CommitmentRow> = {
  key: 'commitment',
  select: raw(`SELECT id, number, short_en AS "shortEn", short_fr AS "shortFr", short_es AS "shortEs",
    short_ar AS "shortAr", title_en AS "titleEn" FROM commitment`),
  shape: (r) => ({ ...r, number: r.number === null ? null : num(r.number) }),
};

interface ReferenceIds {
  actors?: readonly string[];
  places?: readonly string[];
  topics?: readonly string[];
  commitments?: readonly string[];
}

/** The rows of the given ids of each table, by id (the version read once for all of them). */
export async function referenceRows(db: DbTx, ids: ReferenceIds) {
  const version = await referenceVersion(db);
  const [actors, places, topics, commitments] = await Promise.all([
    rowsById(db, version, ACTORS, ids.actors ?? []),
    rowsById(db, version, PLACES, ids.places ?? []),
    rowsById(db, version, TOPICS, ids.topics ?? []),
    rowsById(db, version, COMMITMENTS, ids.commitments ?? []),
  ]);
  return { actors, places, topics, commitments };
}
