// Actors linked by the records they share (or the bodies they belong to): nodes and weighted edges
// grouped by the database. Only aggregates reach JavaScript: node counts and one row per edge.
//
// Without a filter, nodes and shared-record edges come from the rollups (agg_actor, agg_pair). For one
// actor's records, its nodes too (its pairs); their ties are read from agg_hub_pair when the actor is a
// hub, and counted from the records otherwise. For one topic's or objective's records (all periods and
// kinds), nodes and ties are pre-counted (agg_actor_topic / _commitment, agg_topic_actor_pair /
// agg_commitment_actor_pair). For any other filter both come from the participants of
// the filtered records, joined through the (actor_id, record_id) and (record_id, actor_id) indexes.
import type { Lang, NetworkEdgeMeasure, NetworkNode, NetworkResponse } from '../../domain/api';
import { isEmptyFilter, type RecordFilter } from '../../domain/filter';
import { BLOC_MEMBER_ROLES, type ActorKind } from '../../domain/vocab';
import type { DbTx } from '../../db/client';
import { acronymIn, fallbackLang, labelIn, type ActorNameRow } from '../dto';
import { currentEngine, join, num, raw, sql, type Sql } from '../sql';
import { filteredSet, type FilteredSet } from './filtered-set';
import { allTime, planRollup, rollupsEnabled } from './rollup-plan';
import { referenceRows } from './reference-rows';
import { readTies } from './ties';

export const NETWORK_DEFAULT_LIMIT = 150;
export const NETWORK_MAX_LIMIT = 2000;
export const NETWORK_EDGE_MEASURES = [
  'records',
  'memberships',
] as const satisfies readonly NetworkEdgeMeasure[];

/** Above this many candidate nodes the untruncated tie count is not worth its cost (it is not shown). */
const TOTAL_EDGES_MAX_NODES = 400;

export interface NetworkOptions {
  limit: number;
  lang: Lang;
  /** Centre of an ego network; null or absent for the whole network. */
  focus?: string | null;
  depth?: 1 | 2;
  edges?: NetworkEdgeMeasure;
}

type NodeRow = { id: string; n: unknown };
export type EdgeRow = { s: string; t: string; w: unknown };

/** Current memberships that make an actor part of a body (observers and ended memberships are not). */
const CM = sql`cm AS (SELECT m.member_id, m.body_id FROM membership m WHERE m.role IN (${join(BLOC_MEMBER_ROLES)}) AND m.until IS NULL)`;

/** How the candidate nodes and their ties are read: from the rollups, or from the filtered records. */
interface Source {
  kind: 'rollups' | 'records';
  /** Actors and their record counts (all actors, or those among `among`). */
  nodes(among: Sql | null): Sql;
  /** Actors tied to any of `ids` by a shared record. */
  neighbours(ids: Sql): Sql;
  /** Shared-record edges among a node set. */
  edges(nodes: readonly string[]): Sql;
  /** Every shared-record edge (of the filtered records). */
  allEdges(): Sql;
  prefix: Sql;
  /** The filtered records (not for the rollups). */
  set?: FilteredSet;
}

function rollupSource(): Source {
  return {
    kind: 'rollups',
    prefix: sql`WITH ${CM}`,
    nodes: (among) =>
      sql`SELECT g.actor_id AS id, g.n AS n FROM agg_actor g WHERE g.n > 0 ${among ? sql`AND g.actor_id IN (${among})` : sql``}`,
    neighbours: (ids) =>
      sql`SELECT b FROM agg_pair WHERE n > 0 AND a IN (${ids}) UNION SELECT a FROM agg_pair WHERE n > 0 AND b IN (${ids})`,
    // On SQLite, from the list of nodes to each of their pairs by key: without statistics it scanned
    // all pairs testing both ends against the lists (150 nodes at 1M records: 8.8 → 4.0 ms).
    edges: (nodes) =>
      currentEngine() === 'sqlite'
        ? sql`SELECT p.a AS s, p.b AS t, p.n AS w FROM (VALUES ${join(nodes.map((id) => sql`(${id})`))}) k
            CROSS JOIN agg_pair p ON p.a = k.column1 WHERE p.b IN (${join(nodes)}) AND p.n > 0`
        : sql`SELECT a AS s, b AS t, n AS w FROM agg_pair WHERE n > 0 AND a IN (${join(nodes)}) AND b IN (${join(nodes)})`,
    allEdges: () => sql`SELECT a AS s, b AS t, n AS w FROM agg_pair WHERE n > 0`,
  };
}

function recordSource(set: FilteredSet): Source {
  return {
    kind: 'records',
    prefix: sql`WITH ${set.cte}, ${CM}`,
    set,
    nodes: (among) =>
      sql`SELECT c.id, c.n FROM (${set.counts('actors')}) c ${among ? sql`WHERE c.id IN (${among})` : sql``}`,
    neighbours: set.partnersOf,
    // `(x || '') IN (...)` keeps SQLite from turning a long IN list into index probes per record.
    edges: (nodes) => sql`SELECT p.a AS s, p.b AS t, COUNT(*) AS w FROM (${set.pairs}) p
      WHERE (p.a || '') IN (${join(nodes)}) AND (p.b || '') IN (${join(nodes)})
      GROUP BY p.a, p.b`,
    allEdges: () => sql`SELECT c.a AS s, c.b AS t, c.n AS w FROM (${set.pairCounts}) c`,
  };
}

/** Co-members of bodies, and members with the body itself, both directions (memberships measure). */
const MEMBERSHIP_NEIGHBOURS = (
  ids: Sql,
) => sql`SELECT m2.member_id FROM cm m1 JOIN cm m2 ON m2.body_id = m1.body_id WHERE m1.member_id IN (${ids})
  UNION SELECT body_id FROM cm WHERE member_id IN (${ids})
  UNION SELECT member_id FROM cm WHERE body_id IN (${ids})`;

/** Weight = distinct bodies both belong to; a member–body edge (when the body is a node) counts that body once. */
const MEMBERSHIP_EDGES = (nodes: Sql) => sql`SELECT x.s, x.t, COUNT(DISTINCT x.body) AS w FROM (
    SELECT m1.member_id AS s, m2.member_id AS t, m1.body_id AS body
      FROM cm m1 JOIN cm m2 ON m2.body_id = m1.body_id AND m1.member_id < m2.member_id
      WHERE m1.member_id IN (${nodes}) AND m2.member_id IN (${nodes})
    UNION ALL
    SELECT CASE WHEN m.member_id < m.body_id THEN m.member_id ELSE m.body_id END,
           CASE WHEN m.member_id < m.body_id THEN m.body_id ELSE m.member_id END, m.body_id
      FROM cm m WHERE m.member_id IN (${nodes}) AND m.body_id IN (${nodes})
  ) x GROUP BY x.s, x.t`;

async function isHub(db: DbTx, actor: string): Promise<boolean> {
  return (
    (await db.$queryRaw<unknown[]>(sql`SELECT 1 AS h FROM agg_hub WHERE actor_id = ${actor}`)).length > 0
  );
}

/**
 * Records whose actor pairs are pre-counted, apart from the wide ones: a hub's records (agg_hub_pair),
 * one topic's (agg_topic_actor_pair) or one GCM objective's (agg_commitment_actor_pair). `link` is how a
 * record belongs to the scope.
 */
interface PairScope {
  pairs: { table: string; column: string };
  link: { table: string; column: string };
  value: string;
}

const hubScope = (hub: string): PairScope => ({
  pairs: { table: 'agg_hub_pair', column: 'hub' },
  link: { table: 'record_participant', column: 'actor_id' },
  value: hub,
});
const topicScope = (topic: string): PairScope => ({
  pairs: { table: 'agg_topic_actor_pair', column: 'topic_id' },
  link: { table: 'record_topic', column: 'topic_id' },
  value: topic,
});
const commitmentScope = (commitment: string): PairScope => ({
  pairs: { table: 'agg_commitment_actor_pair', column: 'commitment_id' },
  link: { table: 'record_commitment', column: 'commitment_id' },
  value: commitment,
});

/**
 * The ties among `kept` that a scope's wide records make (lib/db/rollups.ts: their pairs are not
 * pre-counted), counted from their participants. CROSS JOIN makes SQLite start from the few wide
 * records rather than from the scope's own links (half a million participations for the busiest
 * state); the kept actors are picked before the pairs are grouped (the busiest state's UN vote makes
 * 14,000 pairs, 3,700 of them among its 150 kept partners).
 */
const WIDE_PAIRS = (scope: PairScope, kept: Sql) => sql`SELECT x.actor_id AS s, y.actor_id AS t,
    CAST(COUNT(*) AS INTEGER) AS w
  FROM agg_wide_record wr CROSS JOIN ${raw(scope.link.table)} hp CROSS JOIN record_participant x CROSS JOIN record_participant y
  WHERE wr.n > 0 AND hp.record_id = wr.record_id AND hp.${raw(scope.link.column)} = ${scope.value}
    AND x.record_id = wr.record_id AND y.record_id = wr.record_id AND x.actor_id < y.actor_id
    AND x.actor_id IN (${kept}) AND y.actor_id IN (${kept})
  GROUP BY x.actor_id, y.actor_id`;

/** The pre-counted pairs of a scope's ordinary records among `kept`. */
const COUNTED_PAIRS = (scope: PairScope, kept: Sql) => sql`SELECT h.a AS s, h.b AS t, h.n AS w
  FROM ${raw(scope.pairs.table)} h
  WHERE h.${raw(scope.pairs.column)} = ${scope.value} AND h.n > 0 AND h.a IN (${kept}) AND (h.b || '') IN (${kept})`;

/**
 * A scope's ties among the kept nodes: the pre-counted pairs of its ordinary records plus the pairs of
 * its wide ones. How many ties it has in all is not counted: finding which wide pairs no ordinary
 * record makes was most of the statement beyond the kept ties (the busiest state at 1M records: 29 →
 * 21 ms without it), for a number (`totalEdges`) no view shows; the API answers null for it when the
 * network is truncated, as it does for large ego networks.
 * On SQLite the pairs tables are stored in key order (WITHOUT ROWID, migration
 * 20261208000000_clustered_scope_pairs), so the kept ties are read by key (one range per kept `a`;
 * `b || ''` keeps SQLite, without statistics, from probing every kept (a, b) instead). Copying the
 * scope's pairs into a temporary table and indexing it cost more (the busiest state's 35,000 pairs:
 * 48–60 → 27–33 ms at 1M records; docs/decisions/0008-aggregates-and-performance.md). SQLite reads
 * the two kinds of pairs in two statements at once (on two read workers), each packed as a JSON
 * array, and they are summed here: grouping their 15,000 rows in SQL to add the few that both have
 * took 5 of the statement's 13 ms, and the two lists from one statement took 7.1 ms in-process, against
 * 4.1 and 2.9 ms for each alone (the busiest state at 1M records).
 */
async function scopeTies(db: DbTx, scope: PairScope, kept: Sql): Promise<EdgeRow[]> {
  if (currentEngine() !== 'sqlite')
    return db.$queryRaw<EdgeRow[]>(sql`SELECT u.s AS s, u.t AS t, SUM(u.w) AS w FROM (
      ${COUNTED_PAIRS(scope, kept)} UNION ALL ${WIDE_PAIRS(scope, kept)}) u GROUP BY u.s, u.t`);
  // Two statements, read at once when the client has read workers.
  const packed = (pairs: Sql) =>
    db.$queryRaw<Array<{ ties: string }>>(
      sql`SELECT json_group_array(json_array(e.s, e.t, e.w)) AS ties FROM (${pairs}) e`,
    );
  const [counted, wide] = await Promise.all([
    packed(COUNTED_PAIRS(scope, kept)),
    packed(WIDE_PAIRS(scope, kept)),
  ]);
  return sumTies(
    JSON.parse(counted[0]!.ties) as Array<[string, string, number]>,
    JSON.parse(wide[0]!.ties) as Array<[string, string, number]>,
  );
}

/** Two lists of distinct ties (s, t, w) as one: a pair in both is one tie with the weights added. */
export function sumTies(
  a: ReadonlyArray<readonly [string, string, number]>,
  b: ReadonlyArray<readonly [string, string, number]>,
): EdgeRow[] {
  const extra = new Map<string, Map<string, number>>();
  for (const [s, t, w] of b) {
    let row = extra.get(s);
    if (!row) extra.set(s, (row = new Map()));
    row.set(t, w);
  }
  const out: EdgeRow[] = [];
  for (const [s, t, w] of a) {
    const row = extra.get(s);
    const more = row?.get(t);
    if (more === undefined) out.push({ s, t, w });
    else {
      out.push({ s, t, w: w + more });
      row!.delete(t);
    }
  }
  for (const [s, row] of extra) for (const [t, w] of row) out.push({ s, t, w });
  return out;
}

/** The kept actors' names and acronyms (the columns of `actorNameSelect`), in the order of `ids`. */
export async function actorNames(db: DbTx, ids: readonly string[]): Promise<ActorNameRow[]> {
  return [...(await referenceRows(db, { actors: ids })).actors.values()];
}

/** The candidate node set: everyone, or the focus and its neighbours up to `depth` steps. */
async function candidates(
  db: DbTx,
  src: Source,
  measure: NetworkEdgeMeasure,
  focus: string | null,
  depth: 1 | 2,
) {
  if (!focus) return null;
  let ring = new Set([focus]);
  const all = new Set([focus]);
  for (let k = 0; k < depth; k++) {
    const ids = join([...ring]);
    const rows = await db.$queryRaw<Array<Record<string, string>>>(
      measure === 'records'
        ? sql`${src.prefix} ${src.neighbours(ids)}`
        : sql`${src.prefix} ${MEMBERSHIP_NEIGHBOURS(ids)}`,
    );
    ring = new Set(rows.map((r) => Object.values(r)[0]!).filter((id) => !all.has(id)));
    for (const id of ring) all.add(id);
    if (!ring.size) break;
  }
  return [...all];
}

/** Edges in order of their pair: source first, then target. */
function byIds(a: { source: string; target: string }, b: { source: string; target: string }) {
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
}

export async function network(
  db: DbTx,
  filter: RecordFilter,
  opts: NetworkOptions,
): Promise<NetworkResponse> {
  const measure = opts.edges ?? 'records';
  const focus = opts.focus ?? null;
  const depth = opts.depth ?? 1;
  const src: Source =
    isEmptyFilter(filter) && rollupsEnabled()
      ? rollupSource()
      : recordSource(await filteredSet(db, filter, ['actors']));
  // When the filter names one actor and the focus is that actor (a country's or an organisation's
  // profile), every filtered record has the focus in it: its partners, at any depth, are everyone in
  // them, so the ego network is the whole network of the filtered records, which the rollups answer.
  // Finding the partners from the records took 15 s for the busiest state at 1M records (66 s at depth 2).
  const named = [...filter.country, ...filter.actor];
  const focusIsFilter = measure === 'records' && named.length === 1 && named[0] === focus;
  const cand = focusIsFilter ? null : await candidates(db, src, measure, focus, depth);
  // The whole network of filtered records: nodes and all their ties in one pass over the records.
  let allEdges: EdgeRow[] | null = null;
  let nodeRows: NodeRow[];
  // Only plans over all time help here (the pre-counted pairs have no periods or kinds).
  const plan =
    src.kind === 'records' && !cand && measure === 'records' ? await planRollup(db, filter, allTime) : null;
  const oneActor = plan?.actor ?? null;
  // One topic or one GCM objective over all periods and kinds: its actors and their ties are pre-counted.
  const oneTopicOrObjective = plan?.actorTable ? plan : null;
  // A hub's ties are pre-counted too (agg_hub_pair, plus its few wide records); so are a topic's and an
  // objective's.
  const pairScope: PairScope | null =
    oneActor && (await isHub(db, oneActor))
      ? hubScope(oneActor)
      : oneTopicOrObjective?.topic
        ? topicScope(oneTopicOrObjective.topic)
        : oneTopicOrObjective?.commitment
          ? commitmentScope(oneTopicOrObjective.commitment)
          : null;
  if (oneTopicOrObjective?.actorTable) {
    nodeRows = await db.$queryRaw<NodeRow[]>(
      sql`SELECT g.actor_id AS id, g.n AS n FROM ${raw(oneTopicOrObjective.actorTable)} g WHERE ${oneTopicOrObjective.key} AND g.n > 0`,
    );
  } else if (oneActor) {
    // One actor's records: who takes part and how often is pre-counted (its pairs, and itself); unless
    // it is a hub, the ties among its partners need the records. The two run at once.
    const [nodes, edges] = await Promise.all([
      db.$queryRaw<NodeRow[]>(
        sql`SELECT CASE WHEN p.a = ${oneActor} THEN p.b ELSE p.a END AS id, p.n AS n FROM agg_pair p
              WHERE (p.a = ${oneActor} OR p.b = ${oneActor}) AND p.n > 0
            UNION ALL SELECT g.actor_id, g.n FROM agg_actor g WHERE g.actor_id = ${oneActor} AND g.n > 0`,
      ),
      pairScope ? null : readTies<EdgeRow>(db, sql`${src.prefix} ${src.allEdges()}`),
    ]);
    nodeRows = nodes;
    allEdges = edges;
  } else if (src.set && !cand && measure === 'records') {
    // The nodes and every edge of the filtered records from one statement, so the records are found
    // once (finding them is most of the cost).
    const { actors, pairs } = await src.set.actorsAndPairs(db);
    nodeRows = actors;
    allEdges = pairs;
  } else {
    // An ego network is among the actors of the filtered records: the focus may take part in none.
    nodeRows = await db.$queryRaw<NodeRow[]>(sql`${src.prefix} ${src.nodes(cand ? join(cand) : null)}`);
  }
  const present = focus && !nodeRows.some((r) => r.id === focus) ? [] : nodeRows;
  // The most active actors, the focus always among them (ties broken by id).
  const ordered = [...present].sort((a, b) => num(b.n) - num(a.n) || (a.id < b.id ? -1 : 1));
  const keep = [...ordered.filter((r) => r.id === focus), ...ordered.filter((r) => r.id !== focus)].slice(
    0,
    opts.limit,
  );
  const keptIds = keep.map((r) => r.id);
  const truncated = present.length > keep.length;
  const keptSet = new Set(keptIds);
  let edgeRows: EdgeRow[] = [];
  let totalEdges: number | null;
  if (!keptIds.length) totalEdges = 0;
  else if (pairScope) {
    edgeRows = await scopeTies(db, pairScope, join(keptIds));
    totalEdges = truncated ? null : edgeRows.length;
  } else if (allEdges) {
    // All the ties of the filtered records are known: the kept ones are picked out, the rest counted.
    edgeRows = allEdges.filter((e) => keptSet.has(e.s) && keptSet.has(e.t));
    totalEdges = allEdges.filter((e) => num(e.w) > 0).length;
  } else {
    const edgeSql = (nodes: readonly string[]) =>
      measure === 'records' ? src.edges(nodes) : MEMBERSHIP_EDGES(join(nodes));
    // The untruncated size costs one more count, read beside the kept ties; worth it only for the
    // pre-counted pairs or a small ego network (it is reported, not shown).
    const countSql = !truncated
      ? null
      : src.kind === 'rollups' && measure === 'records' && !cand
        ? sql`SELECT COUNT(*) AS n FROM agg_pair WHERE n > 0`
        : present.length <= TOTAL_EDGES_MAX_NODES
          ? sql`${src.prefix} SELECT COUNT(*) AS n FROM (${edgeSql(present.map((r) => r.id))}) e`
          : null;
    const [ties, count] = await Promise.all([
      readTies<EdgeRow>(db, sql`${src.prefix} ${edgeSql(keptIds)}`),
      countSql ? db.$queryRaw<Array<{ n: unknown }>>(countSql) : null,
    ]);
    edgeRows = ties;
    totalEdges = !truncated ? edgeRows.length : count ? num(count[0]?.n) : null;
  }

  const actors = keptIds.length ? await actorNames(db, keptIds) : [];
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const edges = edgeRows
    .map((e) => ({ source: e.s, target: e.t, weight: num(e.w) }))
    .filter((e) => e.weight > 0)
    // Ties broken by the pair's ids, compared in place: concatenating them for every comparison made
    // 300,000 strings for the busiest state's 11,000 ties.
    .sort((a, b) => b.weight - a.weight || byIds(a, b));
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const nodes: NetworkNode[] = keep.map((r) => {
    const a = actorById.get(r.id)!;
    const name = labelIn(a, opts.lang);
    const acronym = a.kind === 'state' ? null : acronymIn(a, opts.lang);
    return {
      id: r.id,
      kind: a.kind as ActorKind,
      label: acronym ?? name.text,
      name: name.text,
      ...fallbackLang(name, opts.lang),
      degree: degree.get(r.id) ?? 0,
      records: num(r.n),
    };
  });
  return {
    nodes,
    edges,
    totalNodes: present.length,
    totalEdges,
    truncated,
    focus,
    depth: focus ? depth : null,
    edgeMeasure: measure,
  };
}
