// What the summary and the map count from the filtered records when the rollups cannot answer a filter
// (an actor with a topic, a topic over a period, words, a bloc…): how many records and their first and
// last start dates, each state with its number of records, how many organisations took part, and the
// records per topic and per GCM objective. One pass over the records computes all of it; a dashboard
// page that shows both the summary and the map reads the records once for the two
// (`sharedRecordCounts`), where each used to find and read them again, on the other read worker
// (docs/decisions/0008-aggregates-and-performance.md, "One pass for the page").
import type { MapResponse, SummaryResponse } from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import type { DbTx } from '../../db/client';
import { readVersions } from '../../db/data-version';
import { filterToSearchParams } from '../../url/filter-params';
import { num, sql } from '../sql';
import { filteredSet } from './filtered-set';

export interface RecordCounts {
  records: number;
  /** Earliest and latest start dates (YYYY-MM-DD), null when no record matches. */
  from: string | null;
  to: string | null;
  /** Each participating state and its number of records (unordered). */
  states: Array<{ iso3: string; count: number }>;
  /** How many organisations (every participant that is not a state) took part. */
  organisations: number;
  topics: Array<{ id: string; count: number }>;
  objectives: Array<{ number: number; count: number }>;
}

/** The counts of one request's filtered records, computed on the first call and shared after. */
export type RecordCountsSource = () => Promise<RecordCounts>;

type Row = { k: string; id: string | null; n: unknown; lo: string | null; hi: string | null };

/** Everything in one statement: the set is read once (FilteredSet.counting), and CROSS JOIN keeps
 * SQLite starting from it rather than from the link tables. */
export async function recordCounts(db: DbTx, filter: RecordFilter): Promise<RecordCounts> {
  const { cte, total, counts } = await (await filteredSet(db, filter)).counting();
  const rows = await db.$queryRaw<Row[]>(
    sql`WITH ${cte},
        fa AS (SELECT a.id, a.kind, d.n FROM (${counts('actors')}) d CROSS JOIN actor a WHERE a.id = d.id)
      SELECT 'n' AS k, NULL AS id, c.n AS n, c.lo AS lo, c.hi AS hi FROM (${total}) c
      UNION ALL SELECT 'state', fa.id, fa.n, NULL, NULL FROM fa WHERE fa.kind = 'state'
      UNION ALL SELECT 'orgs', NULL, COUNT(*), NULL, NULL FROM fa WHERE fa.kind <> 'state'
      UNION ALL SELECT 'topic', t.id, t.n, NULL, NULL FROM (${counts('topics')}) t
      UNION ALL SELECT 'objective', CAST(m.number AS TEXT), SUM(c.n), NULL, NULL
        FROM (${counts('commitments')}) c CROSS JOIN commitment m
        WHERE m.id = c.id AND m.framework_id = 'gcm' GROUP BY m.number`,
  );
  const out: RecordCounts = {
    records: 0,
    from: null,
    to: null,
    states: [],
    organisations: 0,
    topics: [],
    objectives: [],
  };
  for (const r of rows) {
    if (r.k === 'n') Object.assign(out, { records: num(r.n), from: r.lo ?? null, to: r.hi ?? null });
    else if (r.k === 'orgs') out.organisations = num(r.n);
    else if (r.k === 'state') out.states.push({ iso3: r.id!, count: num(r.n) });
    else if (r.k === 'topic') out.topics.push({ id: r.id!, count: num(r.n) });
    else out.objectives.push({ number: Number(r.id), count: num(r.n) });
  }
  return out;
}

/** One pass for the readers of one request: the first to ask runs it, the others wait for it. */
export function sharedRecordCounts(db: DbTx, filter: RecordFilter): RecordCountsSource {
  let pending: Promise<RecordCounts> | null = null;
  return () => (pending ??= recordCounts(db, filter));
}

/** A pass being computed, and the data versions it was begun at. */
interface Pass {
  /** null when they could not be read: then no one joins. */
  versions: Promise<string | null>;
  counts: Promise<RecordCounts>;
}

/** Passes being computed, by filter. Nothing stays once a pass is answered. */
const inFlight = new Map<string, Pass>();

/** Inside a transaction nothing is shared: it may see writes no one else does. */
const shareable = (db: DbTx) => '$transaction' in db;

const filterKey = (filter: RecordFilter) => filterToSearchParams(filter).toString();

const versionsOf = (db: DbTx) => readVersions(db).catch(() => null);

async function sameVersions(a: Promise<string | null>, b: Promise<string | null>) {
  const [x, y] = await Promise.all([a, b]);
  return x !== null && x === y;
}

/**
 * The summary's pass, shared with the requests for the same filter that arrive while it runs: a
 * dashboard in the browser asks for its summary and its map at once, two requests, and the map joins
 * the summary's pass rather than reading the records again (lib/server/queries/map.ts). A pass is
 * registered as soon as it is asked for and begins once the data versions are read; a request joins it
 * only at the same versions, so one that arrives after a write never gets counts from before it.
 */
export async function recordCountsInFlight(db: DbTx, filter: RecordFilter): Promise<RecordCounts> {
  if (!shareable(db)) return recordCounts(db, filter);
  const key = filterKey(filter);
  const versions = versionsOf(db);
  const running = inFlight.get(key);
  if (running && (await sameVersions(versions, running.versions))) return running.counts;
  const pass: Pass = { versions, counts: versions.then(() => recordCounts(db, filter)) };
  inFlight.set(key, pass);
  const clear = () => {
    if (inFlight.get(key) === pass) inFlight.delete(key);
  };
  pass.counts.then(clear, clear);
  return pass.counts;
}

/** A pass for this filter that is running now at the current versions, if any (the map's own pass
 * reads less, so it only joins one). */
export async function runningRecordCounts(
  db: DbTx,
  filter: RecordFilter,
): Promise<RecordCountsSource | null> {
  const running = shareable(db) ? inFlight.get(filterKey(filter)) : undefined;
  if (!running) return null;
  return (await sameVersions(versionsOf(db), running.versions)) ? () => running.counts : null;
}

/** Most records first, then by key. */
export const mostFirst = <T extends { count: number }>(rows: T[], key: (r: T) => string | number) =>
  [...rows].sort((a, b) => b.count - a.count || (key(a) < key(b) ? -1 : 1));

export function summaryOf(c: RecordCounts): SummaryResponse {
  return {
    records: c.records,
    states: c.states.length,
    organisations: c.organisations,
    objectives: c.objectives.length,
    from: c.from,
    to: c.to,
    byTopic: mostFirst(c.topics, (r) => r.id),
    byObjective: mostFirst(c.objectives, (r) => r.number),
  };
}

export function mapOf(c: RecordCounts): MapResponse {
  return { total: c.records, countries: mostFirst(c.states, (r) => r.iso3) };
}
