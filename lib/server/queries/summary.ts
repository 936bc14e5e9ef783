// What a selection holds, counted by the database.
import type { SummaryResponse } from '../../domain/api';
import type { RecordFilter } from '../../domain/filter';
import type { DbTx } from '../../db/client';
import { num, sql } from '../sql';
import { filterCondition, filteredIds } from './filter-sql';

export async function summary(db: DbTx, filter: RecordFilter): Promise<SummaryResponse> {
  const ids = filteredIds(filter);
  const [totals, actors, objectives, byTopic, byObjective] = await Promise.all([
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
    db.$queryRaw<Array<{ id: string; n: unknown }>>(
      sql`SELECT t.topic_id AS id, COUNT(*) AS n FROM record_topic t WHERE t.record_id IN (${ids}) GROUP BY t.topic_id`,
    ),
    db.$queryRaw<Array<{ n: unknown; num: unknown }>>(
      sql`SELECT m.number AS num, COUNT(*) AS n FROM record_commitment c JOIN commitment m ON m.id = c.commitment_id
          WHERE m.framework_id = 'gcm' AND c.record_id IN (${ids}) GROUP BY m.number`,
    ),
  ]);
  const most = <T extends { count: number }>(rows: T[], key: (r: T) => string | number) =>
    rows.sort((a, b) => b.count - a.count || (key(a) < key(b) ? -1 : 1));
  return {
    records: num(totals[0]?.n),
    states: num(actors[0]?.states),
    organisations: num(actors[0]?.orgs),
    objectives: num(objectives[0]?.n),
    from: totals[0]?.lo ?? null,
    to: totals[0]?.hi ?? null,
    byTopic: most(
      byTopic.map((r) => ({ id: r.id, count: num(r.n) })),
      (r) => r.id,
    ),
    byObjective: most(
      byObjective.map((r) => ({ number: num(r.num), count: num(r.n) })),
      (r) => r.number,
    ),
  };
}
