// Actors linked by the records they share: nodes and weighted edges grouped by the database.
import type { Lang, NetworkNode, NetworkResponse } from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import type { ActorKind } from '../../domain/vocab';
import type { DbTx } from '../../db/client';
import { nameIn } from '../dto';
import { num, sql } from '../sql';
import { filteredIds } from './filter-sql';

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
