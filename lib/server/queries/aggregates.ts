// Aggregates for the charts, computed by the database with GROUP BY over the filtered records. Only
// the grouped rows come back to JavaScript, never the records themselves.
import type {
  Lang,
  MapResponse,
  NetworkNode,
  NetworkResponse,
  SummaryResponse,
  TimelineBucket,
  TimelineResponse,
} from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import type { ActorKind, RecordKind } from '../../domain/vocab';
import type { DbTx } from '../../db/client';
import { nameIn } from '../dto';
import { num, sql } from '../sql';
import { filterCondition, filteredIds } from './filter-sql';

function pad2(n: number) {
  return String(n).padStart(2, '0');
}

function addTo(buckets: Map<string, TimelineBucket>, start: string, kind: string, n: number) {
  const b = buckets.get(start) ?? { start, count: 0, byKind: {} };
  b.count += n;
  b.byKind[kind as RecordKind] = (b.byKind[kind as RecordKind] ?? 0) + n;
  buckets.set(start, b);
}

export async function timeline(
  db: DbTx,
  filter: RecordFilter,
  interval: 'year' | 'month',
): Promise<TimelineResponse> {
  const where = filterCondition(filter);
  const buckets = new Map<string, TimelineBucket>();
  const yearOnly = new Map<string, TimelineBucket>();
  let total = 0;
  if (interval === 'year') {
    const rows = await db.$queryRaw<Array<{ y: unknown; k: string; n: unknown }>>(
      sql`SELECT r.year AS y, r.kind AS k, COUNT(*) AS n FROM cooperation_record r WHERE ${where} GROUP BY r.year, r.kind`,
    );
    for (const row of rows) {
      total += num(row.n);
      addTo(buckets, String(num(row.y)), row.k, num(row.n));
    }
  } else {
    const rows = await db.$queryRaw<Array<{ y: unknown; m: unknown; k: string; n: unknown }>>(
      sql`SELECT r.year AS y, r.month AS m, r.kind AS k, COUNT(*) AS n FROM cooperation_record r WHERE ${where} GROUP BY r.year, r.month, r.kind`,
    );
    for (const row of rows) {
      total += num(row.n);
      // A record dated only to a year cannot be put in a month: it is kept apart, never as January.
      if (row.m === null) addTo(yearOnly, String(num(row.y)), row.k, num(row.n));
      else addTo(buckets, `${num(row.y)}-${pad2(num(row.m))}`, row.k, num(row.n));
    }
  }
  const sorted = (m: Map<string, TimelineBucket>) =>
    [...m.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
  return { interval, total, buckets: sorted(buckets), yearOnly: sorted(yearOnly) };
}

export async function mapCounts(db: DbTx, filter: RecordFilter): Promise<MapResponse> {
  const rows = await db.$queryRaw<Array<{ iso3: string; n: unknown }>>(
    sql`SELECT p.actor_id AS iso3, COUNT(*) AS n
        FROM record_participant p JOIN actor a ON a.id = p.actor_id
        WHERE a.kind = 'state' AND p.record_id IN (${filteredIds(filter)})
        GROUP BY p.actor_id`,
  );
  const countries = rows
    .map((r) => ({ iso3: r.iso3, count: num(r.n) }))
    .sort((a, b) => b.count - a.count || (a.iso3 < b.iso3 ? -1 : 1));
  const [{ n } = { n: 0 }] = await db.$queryRaw<Array<{ n: unknown }>>(
    sql`SELECT COUNT(*) AS n FROM cooperation_record r WHERE ${filterCondition(filter)}`,
  );
  return { total: num(n), countries };
}

export const NETWORK_DEFAULT_LIMIT = 150;
export const NETWORK_MAX_LIMIT = 2000;

export async function network(
  db: DbTx,
  filter: RecordFilter,
  opts: { limit: number; lang: Lang },
): Promise<NetworkResponse> {
  const ids = filteredIds(filter);
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
    sql`SELECT a.id, a.kind, a.name_en, a.name_fr, a.acronym, COUNT(*) AS n
        FROM record_participant p JOIN actor a ON a.id = p.actor_id
        WHERE p.record_id IN (${ids})
        GROUP BY a.id, a.kind, a.name_en, a.name_fr, a.acronym
        ORDER BY COUNT(*) DESC, a.id ASC`,
  );
  const kept = nodeRows.slice(0, opts.limit);
  const keptIds = kept.map((r) => r.id);
  const edgeRows = keptIds.length
    ? await db.$queryRaw<Array<{ s: string; t: string; w: unknown }>>(
        sql`SELECT a.actor_id AS s, b.actor_id AS t, COUNT(*) AS w
            FROM record_participant a JOIN record_participant b ON b.record_id = a.record_id AND a.actor_id < b.actor_id
            WHERE a.record_id IN (${ids})
            GROUP BY a.actor_id, b.actor_id`,
      )
    : [];
  const keep = new Set(keptIds);
  const edges = edgeRows
    .filter((e) => keep.has(e.s) && keep.has(e.t))
    .map((e) => ({ source: e.s, target: e.t, weight: num(e.w) }))
    .sort((a, b) => b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1));
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const nodes: NetworkNode[] = kept.map((r) => ({
    id: r.id,
    kind: r.kind as ActorKind,
    label:
      r.acronym && r.kind !== 'state'
        ? r.acronym
        : nameIn({ nameEn: r.name_en, nameFr: r.name_fr }, opts.lang),
    degree: degree.get(r.id) ?? 0,
    records: num(r.n),
  }));
  return {
    nodes,
    edges,
    totalNodes: nodeRows.length,
    totalEdges: edgeRows.length,
    truncated: nodeRows.length > kept.length,
  };
}

export async function summary(db: DbTx, filter: RecordFilter): Promise<SummaryResponse> {
  const ids = filteredIds(filter);
  const [totals, actors, objectives] = await Promise.all([
    db.$queryRaw<Array<{ n: unknown; lo: string | null; hi: string | null }>>(
      sql`SELECT COUNT(*) AS n, MIN(r.date_start) AS lo, MAX(r.date_start) AS hi FROM cooperation_record r WHERE ${filterCondition(filter)}`,
    ),
    db.$queryRaw<Array<{ states: unknown; orgs: unknown }>>(
      sql`SELECT COUNT(DISTINCT CASE WHEN a.kind = 'state' THEN a.id END) AS states,
                 COUNT(DISTINCT CASE WHEN a.kind <> 'state' THEN a.id END) AS orgs
          FROM record_participant p JOIN actor a ON a.id = p.actor_id
          WHERE p.record_id IN (${ids})`,
    ),
    db.$queryRaw<Array<{ n: unknown }>>(
      sql`SELECT COUNT(DISTINCT c.commitment_id) AS n FROM record_commitment c
          WHERE c.commitment_id LIKE 'gcm-%' AND c.record_id IN (${ids})`,
    ),
  ]);
  return {
    records: num(totals[0]?.n),
    states: num(actors[0]?.states),
    organisations: num(actors[0]?.orgs),
    objectives: num(objectives[0]?.n),
    from: totals[0]?.lo ?? null,
    to: totals[0]?.hi ?? null,
  };
}
