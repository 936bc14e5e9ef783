// Actors linked by the records they share (or the bodies they belong to): nodes and weighted edges
// grouped by the database. Only aggregates reach JavaScript: node counts and one row per edge.
import type { Lang, NetworkEdgeMeasure, NetworkNode, NetworkResponse } from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import { BLOC_MEMBER_ROLES, type ActorKind } from '../../domain/vocab';
import type { DbTx } from '../../db/client';
import { nameIn } from '../dto';
import { join, num, sql, type Sql } from '../sql';
import { filteredIds } from './filter-sql';

export const NETWORK_DEFAULT_LIMIT = 150;
export const NETWORK_MAX_LIMIT = 2000;
export const NETWORK_EDGE_MEASURES = [
  'records',
  'memberships',
] as const satisfies readonly NetworkEdgeMeasure[];

export interface NetworkOptions {
  limit: number;
  lang: Lang;
  /** Centre of an ego network; null or absent for the whole network. */
  focus?: string | null;
  depth?: 1 | 2;
  edges?: NetworkEdgeMeasure;
}

type EdgeRow = { s: string; t: string; w: unknown };
const EGO = [sql`ego0`, sql`ego1`, sql`ego2`] as const;

/**
 * Common table expressions every query below starts with:
 * - fp: participants of the filtered records (every node comes from here);
 * - cm: current memberships that make an actor part of a body (observers and ended memberships are not);
 * - adj: pairs of actors tied by a membership (co-members, member–body), both directions;
 * - ego0..egoN: the focus, then its neighbours step by step, in the graph of the chosen measure;
 * - cand: the candidate nodes (ego network or all participants).
 */
function ctes(filter: RecordFilter, measure: NetworkEdgeMeasure, focus: string | null, depth: 1 | 2): Sql {
  const ego: Sql[] = [];
  if (focus) {
    ego.push(sql`ego0 AS (SELECT a.id AS actor_id FROM actor a WHERE a.id = ${focus})`);
    for (let k = 1; k <= depth; k++) {
      const prev = sql`SELECT actor_id FROM ${EGO[k - 1]!}`;
      ego.push(
        measure === 'records'
          ? sql`${EGO[k]!} AS (SELECT b.actor_id FROM fp a JOIN fp b ON b.record_id = a.record_id WHERE a.actor_id IN (${prev}))`
          : sql`${EGO[k]!} AS (SELECT n.actor_id FROM fp n WHERE n.actor_id IN (${prev}) OR n.actor_id IN (SELECT adj.b FROM adj WHERE adj.a IN (${prev})))`,
      );
    }
  }
  const cand = focus ? sql`SELECT actor_id FROM ${EGO[depth]!}` : sql`SELECT actor_id FROM fp`;
  return sql`WITH fp AS (SELECT p.record_id, p.actor_id FROM record_participant p WHERE p.record_id IN (${filteredIds(filter)})),
    cm AS (SELECT m.member_id, m.body_id FROM membership m WHERE m.role IN (${join(BLOC_MEMBER_ROLES)}) AND m.until IS NULL),
    adj AS (SELECT m1.member_id AS a, m2.member_id AS b FROM cm m1 JOIN cm m2 ON m2.body_id = m1.body_id AND m2.member_id <> m1.member_id
      UNION ALL SELECT member_id, body_id FROM cm
      UNION ALL SELECT body_id, member_id FROM cm),
    ${ego.length ? sql`${join(ego, ', ')},` : sql``}
    cand AS (${cand})`;
}

/**
 * Edges among a node set (a sub-select of actor ids). Pairs are generated only among those nodes, so
 * a 170-participant vote with 10 kept nodes makes 45 pairs, not 14,000.
 */
function edgeSql(measure: NetworkEdgeMeasure, nodes: Sql): Sql {
  if (measure === 'records')
    return sql`SELECT a.actor_id AS s, b.actor_id AS t, COUNT(*) AS w
      FROM fp a JOIN fp b ON b.record_id = a.record_id AND a.actor_id < b.actor_id
      WHERE a.actor_id IN (${nodes}) AND b.actor_id IN (${nodes})
      GROUP BY a.actor_id, b.actor_id`;
  // Weight = distinct bodies both belong to; a member–body edge (when the body is a node) counts that body once.
  return sql`SELECT x.s, x.t, COUNT(DISTINCT x.body) AS w FROM (
      SELECT m1.member_id AS s, m2.member_id AS t, m1.body_id AS body
        FROM cm m1 JOIN cm m2 ON m2.body_id = m1.body_id AND m1.member_id < m2.member_id
        WHERE m1.member_id IN (${nodes}) AND m2.member_id IN (${nodes})
      UNION ALL
      SELECT CASE WHEN m.member_id < m.body_id THEN m.member_id ELSE m.body_id END,
             CASE WHEN m.member_id < m.body_id THEN m.body_id ELSE m.member_id END, m.body_id
        FROM cm m WHERE m.member_id IN (${nodes}) AND m.body_id IN (${nodes})
    ) x GROUP BY x.s, x.t`;
}

export async function network(
  db: DbTx,
  filter: RecordFilter,
  opts: NetworkOptions,
): Promise<NetworkResponse> {
  const measure = opts.edges ?? 'records';
  const focus = opts.focus ?? null;
  const depth = opts.depth ?? 1;
  const base = ctes(filter, measure, focus, depth);
  const nodeRows = await db.$queryRaw<
    Array<{
      id: string;
      kind: string;
      name_en: string;
      name_fr: string | null;
      acronym: string | null;
      n: unknown;
    }>
  >(
    sql`${base} SELECT a.id, a.kind, a.name_en, a.name_fr, a.acronym, COUNT(*) AS n
        FROM fp JOIN actor a ON a.id = fp.actor_id
        WHERE fp.actor_id IN (SELECT actor_id FROM cand)
        GROUP BY a.id, a.kind, a.name_en, a.name_fr, a.acronym
        ORDER BY COUNT(*) DESC, a.id ASC`,
  );
  // The most active actors, the focus always among them; rows keep their order (most records first).
  const keep = new Set(
    [...nodeRows.filter((r) => r.id === focus), ...nodeRows.filter((r) => r.id !== focus)]
      .slice(0, opts.limit)
      .map((r) => r.id),
  );
  const kept = nodeRows.filter((r) => keep.has(r.id));
  const truncated = nodeRows.length > kept.length;
  const edgeRows = kept.length
    ? await db.$queryRaw<EdgeRow[]>(
        sql`${base}, kept AS (SELECT a.id AS actor_id FROM actor a WHERE a.id IN (${join([...keep])}))
            ${edgeSql(measure, sql`SELECT actor_id FROM kept`)}`,
      )
    : [];
  // The size of the untruncated network costs one more pair count in the database (one row back);
  // without truncation it is the edge list itself.
  const totalEdges = truncated
    ? num(
        (
          await db.$queryRaw<Array<{ n: unknown }>>(
            sql`${base} SELECT COUNT(*) AS n FROM (${edgeSql(measure, sql`SELECT actor_id FROM cand`)}) e`,
          )
        )[0]?.n,
      )
    : edgeRows.length;
  const edges = edgeRows
    .map((e) => ({ source: e.s, target: e.t, weight: num(e.w) }))
    .sort((a, b) => b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1));
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const nodes: NetworkNode[] = kept.map((r) => {
    const name = nameIn({ nameEn: r.name_en, nameFr: r.name_fr }, opts.lang);
    return {
      id: r.id,
      kind: r.kind as ActorKind,
      label: r.acronym && r.kind !== 'state' ? r.acronym : name,
      name,
      degree: degree.get(r.id) ?? 0,
      records: num(r.n),
    };
  });
  return {
    nodes,
    edges,
    totalNodes: nodeRows.length,
    totalEdges,
    truncated,
    focus,
    depth: focus ? depth : null,
    edgeMeasure: measure,
  };
}
