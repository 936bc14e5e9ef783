// Compiles a RecordFilter into one SQL condition over `cooperation_record r`. Every read (list, count,
// timeline, map, network) uses this one compiler, so all views of a filter agree, and none of them
// ever shows a deleted record.
import { parsePartialDate } from '../../domain/dates';
import type { RecordFilter } from '../../domain/filter';
import { BLOC_MEMBER_ROLES } from '../../domain/vocab';
import { searchTerms } from '../../text/fold';
import { join, sql, type Sql } from '../sql';

const participantIn = (ids: readonly string[]) =>
  sql`EXISTS (SELECT 1 FROM record_participant p WHERE p.record_id = r.id AND p.actor_id IN (${join(ids)}))`;

/** Records that are not (soft-)deleted. */
export const LIVE = sql`r.deleted_at IS NULL`;

export function filterCondition(f: RecordFilter): Sql {
  const parts: Sql[] = [LIVE];
  if (f.country.length) parts.push(participantIn(f.country));
  if (f.actor.length) parts.push(participantIn(f.actor));
  if (f.bloc.length)
    parts.push(sql`EXISTS (SELECT 1 FROM record_participant p WHERE p.record_id = r.id AND (
      p.actor_id IN (${join(f.bloc)})
      OR p.actor_id IN (SELECT m.member_id FROM membership m WHERE m.body_id IN (${join(f.bloc)}) AND m.role IN (${join(BLOC_MEMBER_ROLES)}))))`);
  if (f.topic.length)
    parts.push(
      sql`EXISTS (SELECT 1 FROM record_topic t WHERE t.record_id = r.id AND t.topic_id IN (${join(f.topic)}))`,
    );
  if (f.objective.length)
    parts.push(
      sql`EXISTS (SELECT 1 FROM record_commitment c WHERE c.record_id = r.id AND c.commitment_id IN (${join(f.objective.map((n) => `gcm-${n}`))}))`,
    );
  if (f.kind.length) parts.push(sql`r.kind IN (${join(f.kind)})`);
  // A record matches a period when the days it may cover overlap it: a record dated "2018" is in
  // from=2018-06, and a record dated 2018-12-19 is not in to=2018-11.
  if (f.from) parts.push(sql`r.date_end >= ${parsePartialDate(f.from)!.start}`);
  if (f.to) parts.push(sql`r.date_start <= ${parsePartialDate(f.to)!.end}`);
  if (f.q)
    for (const term of searchTerms(f.q))
      parts.push(sql`r.search_text LIKE ${`%${term.replace(/\\/g, '\\\\')}%`} ESCAPE '\\'`);
  return join(parts, ' AND ');
}

/** Ids of the filtered records, as a sub-select. */
export function filteredIds(f: RecordFilter): Sql {
  return sql`SELECT r.id FROM cooperation_record r WHERE ${filterCondition(f)}`;
}
