// Records per participating state, counted by the database.
import type { MapResponse } from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import type { DbTx } from '../../db/client';
import { num, sql } from '../sql';
import { filterCondition, filteredIds } from './filter-sql';

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
