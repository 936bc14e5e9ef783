// Rollups: counts of live records per period, actor, actor pair (also by year and kind), topic and
// commitment, per actor with a topic or a commitment, per pair of topics and commitments (and, for the
// busiest actors and for each topic and commitment, pairs of actors among their records), kept exact on
// every write so that the dashboards' aggregates without filters (or with one simple filter, or one
// actor with one topic or objective) read pre-counted rows instead of scanning the records
// (docs/decisions/0008-aggregates-and-performance.md).
//
// Every write path calls removeRecords(ids) before it changes records and addRecords(ids) after, in
// the same transaction; bulk loads call rebuildRollups(). The same SQL runs on SQLite and PostgreSQL.
import { Prisma } from '../../generated/sqlite/client';
import type { DbTx } from './client';
import { bumpVersions } from './data-version';
import { addFacts, rebuildFacts, removeFacts } from './facts';

const { sql, join, raw } = Prisma;
type Sql = Prisma.Sql;

const LIVE = sql`r.deleted_at IS NULL`;
const MONTH = sql`COALESCE(r.month, 0)`;

/**
 * Records with more participants than this are wide (a UN vote, a summit): their pairs are not
 * pre-counted per hub (one 190-state vote would add 17,955 pairs to every hub that voted, on every
 * edit of it); a hub's network counts them from the records, which takes one wide record at a time.
 */
export const WIDE_RECORD = 50;
/**
 * Actors in at least this many live records become hubs when the rollups are rebuilt: below it, an
 * actor's network is counted from its records in about 40 ms or less at 1M records (docs/decisions/0008).
 */
export const HUB_MIN_RECORDS = 4_000;

/**
 * The live records in scope that are not wide, as a grouped set (a correlated count per row let
 * PostgreSQL, before it had statistics on these tables, take 27 s for the shipped data).
 */
const ordinaryRecords = (
  scope: Sql,
) => sql`SELECT p.record_id FROM record_participant p JOIN cooperation_record r ON r.id = p.record_id
  WHERE ${LIVE} AND ${scope} GROUP BY p.record_id HAVING COUNT(*) <= ${WIDE_RECORD}`;

interface Rollup {
  table: string;
  keys: string[];
  /** SELECT <keys> AS <keys>, COUNT(*) AS cnt FROM ... WHERE <live and scope> GROUP BY <keys> */
  select(scope: Sql): Sql;
}

/** One side of a cross-count: a link table, its column, and the rollup column it fills. */
interface LinkSide {
  link: string;
  column: string;
  as: string;
}

const side = (link: string, column: string, as = column): LinkSide => ({ link, column, as });

const PARTICIPANT = side('record_participant', 'actor_id');
const TOPIC = side('record_topic', 'topic_id');
const COMMITMENT = side('record_commitment', 'commitment_id');

/** Records per actor, value of a link (topic, commitment), start period and kind. */
function actorLinkPeriods(table: string, { link, column }: LinkSide): Rollup {
  const c = raw(column);
  return {
    table,
    keys: ['actor_id', column, 'year', 'month', 'kind'],
    select: (
      scope,
    ) => sql`SELECT p.actor_id AS actor_id, l.${c} AS ${c}, r.year AS year, ${MONTH} AS month, r.kind AS kind, COUNT(*) AS cnt
      FROM record_participant p JOIN ${raw(link)} l ON l.record_id = p.record_id JOIN cooperation_record r ON r.id = p.record_id
      WHERE ${LIVE} AND ${scope} GROUP BY p.actor_id, l.${c}, r.year, ${MONTH}, r.kind`,
  };
}

/** Records per pair of link values, one from each side (actor and topic, topic and commitment, …). */
function linkCross(table: string, x: LinkSide, y: LinkSide): Rollup {
  const [xc, yc] = [raw(x.column), raw(y.column)];
  return {
    table,
    keys: [x.as, y.as],
    select: (scope) => sql`SELECT x.${xc} AS ${raw(x.as)}, y.${yc} AS ${raw(y.as)}, COUNT(*) AS cnt
      FROM ${raw(x.link)} x JOIN ${raw(y.link)} y ON y.record_id = x.record_id JOIN cooperation_record r ON r.id = x.record_id
      WHERE ${LIVE} AND ${scope} GROUP BY x.${xc}, y.${yc}`,
  };
}

/** Records with both values a and b of a link (every ordered pair, a = b included). */
const linkPairs = (table: string, { link, column }: LinkSide) =>
  linkCross(table, side(link, column, 'a'), side(link, column, 'b'));

/**
 * For each value of a link (each topic, each commitment), the actor pairs (a < b) among its ordinary
 * records: the ties of one topic's or one objective's network (its wide records' are counted at read time).
 */
function scopeActorPairs(table: string, { link, column }: LinkSide): Rollup {
  const c = raw(column);
  return {
    table,
    keys: [column, 'a', 'b'],
    select: (scope) => sql`SELECT l.${c} AS ${c}, x.actor_id AS a, y.actor_id AS b, COUNT(*) AS cnt
      FROM (${ordinaryRecords(scope)}) k
      JOIN ${raw(link)} l ON l.record_id = k.record_id
      JOIN record_participant x ON x.record_id = k.record_id
      JOIN record_participant y ON y.record_id = k.record_id AND x.actor_id < y.actor_id
      GROUP BY l.${c}, x.actor_id, y.actor_id`,
  };
}

const ROLLUPS: Rollup[] = [
  {
    table: 'agg_period',
    keys: ['year', 'month', 'kind'],
    select: (
      scope,
    ) => sql`SELECT r.year AS year, ${MONTH} AS month, r.kind AS kind, COUNT(*) AS cnt FROM cooperation_record r
      WHERE ${LIVE} AND ${scope} GROUP BY r.year, ${MONTH}, r.kind`,
  },
  {
    table: 'agg_actor_period',
    keys: ['actor_id', 'year', 'month', 'kind'],
    select: (
      scope,
    ) => sql`SELECT p.actor_id AS actor_id, r.year AS year, ${MONTH} AS month, r.kind AS kind, COUNT(*) AS cnt
      FROM record_participant p JOIN cooperation_record r ON r.id = p.record_id
      WHERE ${LIVE} AND ${scope} GROUP BY p.actor_id, r.year, ${MONTH}, r.kind`,
  },
  {
    table: 'agg_actor',
    keys: ['actor_id'],
    select: (scope) => sql`SELECT p.actor_id AS actor_id, COUNT(*) AS cnt
      FROM record_participant p JOIN cooperation_record r ON r.id = p.record_id
      WHERE ${LIVE} AND ${scope} GROUP BY p.actor_id`,
  },
  {
    table: 'agg_actor_year',
    keys: ['actor_id', 'year', 'kind'],
    select: (scope) => sql`SELECT p.actor_id AS actor_id, r.year AS year, r.kind AS kind, COUNT(*) AS cnt
      FROM record_participant p JOIN cooperation_record r ON r.id = p.record_id
      WHERE ${LIVE} AND ${scope} GROUP BY p.actor_id, r.year, r.kind`,
  },
  {
    table: 'agg_pair',
    keys: ['a', 'b'],
    select: (scope) => sql`SELECT x.actor_id AS a, y.actor_id AS b, COUNT(*) AS cnt
      FROM record_participant x
      JOIN record_participant y ON y.record_id = x.record_id AND x.actor_id < y.actor_id
      JOIN cooperation_record r ON r.id = x.record_id
      WHERE ${LIVE} AND ${scope} GROUP BY x.actor_id, y.actor_id`,
  },
  {
    table: 'agg_pair_year',
    keys: ['a', 'b', 'year', 'kind'],
    select: (
      scope,
    ) => sql`SELECT x.actor_id AS a, y.actor_id AS b, r.year AS year, r.kind AS kind, COUNT(*) AS cnt
      FROM record_participant x
      JOIN record_participant y ON y.record_id = x.record_id AND x.actor_id < y.actor_id
      JOIN cooperation_record r ON r.id = x.record_id
      WHERE ${LIVE} AND ${scope} GROUP BY x.actor_id, y.actor_id, r.year, r.kind`,
  },
  {
    table: 'agg_topic_period',
    keys: ['topic_id', 'year', 'month', 'kind'],
    select: (
      scope,
    ) => sql`SELECT t.topic_id AS topic_id, r.year AS year, ${MONTH} AS month, r.kind AS kind, COUNT(*) AS cnt
      FROM record_topic t JOIN cooperation_record r ON r.id = t.record_id
      WHERE ${LIVE} AND ${scope} GROUP BY t.topic_id, r.year, ${MONTH}, r.kind`,
  },
  {
    table: 'agg_commitment_period',
    keys: ['commitment_id', 'year', 'month', 'kind'],
    select: (
      scope,
    ) => sql`SELECT c.commitment_id AS commitment_id, r.year AS year, ${MONTH} AS month, r.kind AS kind, COUNT(*) AS cnt
      FROM record_commitment c JOIN cooperation_record r ON r.id = c.record_id
      WHERE ${LIVE} AND ${scope} GROUP BY c.commitment_id, r.year, ${MONTH}, r.kind`,
  },
  linkCross('agg_actor_topic', PARTICIPANT, TOPIC),
  linkCross('agg_actor_commitment', PARTICIPANT, COMMITMENT),
  actorLinkPeriods('agg_actor_topic_period', TOPIC),
  actorLinkPeriods('agg_actor_commitment_period', COMMITMENT),
  linkPairs('agg_topic_pair', TOPIC),
  linkCross('agg_topic_commitment', TOPIC, COMMITMENT),
  linkPairs('agg_commitment_pair', COMMITMENT),
  scopeActorPairs('agg_topic_actor_pair', TOPIC),
  scopeActorPairs('agg_commitment_actor_pair', COMMITMENT),
  {
    table: 'agg_wide_record',
    keys: ['record_id'],
    select: (scope) => sql`SELECT p.record_id AS record_id, COUNT(*) AS cnt
      FROM record_participant p JOIN cooperation_record r ON r.id = p.record_id
      WHERE ${LIVE} AND ${scope} GROUP BY p.record_id HAVING COUNT(*) > ${WIDE_RECORD}`,
  },
];

/** Pairs among each hub's records that are not wide (the hubs are in agg_hub; see rebuildRollups). */
const HUB_PAIRS: Rollup = {
  table: 'agg_hub_pair',
  keys: ['hub', 'a', 'b'],
  select: (scope) => sql`SELECT h.actor_id AS hub, x.actor_id AS a, y.actor_id AS b, COUNT(*) AS cnt
    FROM (${ordinaryRecords(scope)}) k
    JOIN record_participant hp ON hp.record_id = k.record_id
    JOIN agg_hub h ON h.actor_id = hp.actor_id
    JOIN record_participant x ON x.record_id = k.record_id
    JOIN record_participant y ON y.record_id = k.record_id AND x.actor_id < y.actor_id
    GROUP BY h.actor_id, x.actor_id, y.actor_id`,
};

/** Every rollup a write keeps exact, in the order they are rebuilt. */
const ALL_ROLLUPS = [...ROLLUPS, HUB_PAIRS];

const ALL = sql`1 = 1`;

async function recount(tx: DbTx, r: Rollup) {
  await tx.$executeRaw(sql`DELETE FROM ${raw(r.table)}`);
  const keys = raw(r.keys.join(', '));
  await tx.$executeRaw(
    sql`INSERT INTO ${raw(r.table)} (${keys}, n) SELECT ${keys}, cnt FROM (${r.select(ALL)}) s`,
  );
}

export interface RebuildOptions {
  /** Actors in at least this many live records become hubs (default HUB_MIN_RECORDS). */
  hubMinRecords?: number;
}

/**
 * Recounts every rollup from the records (seed, bulk loads, repairs). Actors that reached the hub
 * threshold become hubs; a hub stays one (its pairs are kept, whatever its count later), so that a
 * reader who found an actor to be a hub always finds its pairs, during a rebuild and after it.
 */
export async function rebuildRollups(tx: DbTx, opts: RebuildOptions = {}): Promise<void> {
  // Whatever changes the rollups changes what readers see: a new data version invalidates caches.
  await bumpVersions(tx, ['records']);
  for (const r of ROLLUPS) await recount(tx, r);
  await tx.$executeRaw(
    sql`INSERT INTO agg_hub (actor_id) SELECT g.actor_id FROM agg_actor g
        WHERE g.n >= ${opts.hubMinRecords ?? HUB_MIN_RECORDS}
          AND NOT EXISTS (SELECT 1 FROM agg_hub h WHERE h.actor_id = g.actor_id)`,
  );
  await recount(tx, HUB_PAIRS);
  await rebuildFacts(tx);
}

const CHUNK = 500;

/** Adds (sign 1) or removes (sign -1) the given records' contributions, if they are live. */
async function apply(tx: DbTx, ids: readonly string[], sign: 1 | -1): Promise<void> {
  await bumpVersions(tx, ['records']);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = join(ids.slice(i, i + CHUNK));
    const scope = sql`r.id IN (${chunk})`;
    // The facts (and on SQLite their index) hold one row per live record: taken out before a change,
    // and put back after it (taken out first then too, so that adding twice cannot leave two rows).
    await removeFacts(tx, chunk);
    if (sign > 0) await addFacts(tx, chunk);
    for (const r of ALL_ROLLUPS) {
      const keys = raw(r.keys.join(', '));
      // Signed counts; ON CONFLICT adds them to the stored ones. (`WHERE 1 = 1` keeps SQLite's upsert
      // parser from reading ON CONFLICT as part of the SELECT.)
      await tx.$executeRaw(
        sql`INSERT INTO ${raw(r.table)} (${keys}, n)
            SELECT ${keys}, ${raw(String(sign))} * cnt FROM (${r.select(scope)}) s WHERE 1 = 1
            ON CONFLICT (${keys}) DO UPDATE SET n = ${raw(r.table)}.n + excluded.n`,
      );
    }
  }
}

export function addRecords(tx: DbTx, ids: readonly string[]): Promise<void> {
  return ids.length ? apply(tx, ids, 1) : Promise.resolve();
}

export function removeRecords(tx: DbTx, ids: readonly string[]): Promise<void> {
  return ids.length ? apply(tx, ids, -1) : Promise.resolve();
}

/** Deletes records for good (test clean-up, purges), taking their contributions out first. */
export async function purgeRecords(tx: DbTx, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await removeRecords(tx, ids);
  for (let i = 0; i < ids.length; i += CHUNK)
    await tx.cooperationRecord.deleteMany({ where: { id: { in: ids.slice(i, i + CHUNK) } } });
}
