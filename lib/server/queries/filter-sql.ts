// Compiles a RecordFilter into one SQL condition over `cooperation_record r`. Every read (list, count,
// timeline, map, network) uses this one compiler, so all views of a filter agree, and none of them
// ever shows a deleted record.
//
// Membership-style conditions are written `r.id IN (SELECT record_id FROM ... WHERE key IN (...))`
// rather than EXISTS: both engines can then start from the small set of records the key points at
// (through the (key, record_id) indexes) instead of testing every record.
import { parsePartialDate } from '../../domain/dates';
import type { RecordFilter } from '../../domain/filter';
import { BLOC_MEMBER_ROLES } from '../../domain/vocab';
import { searchTerms } from '../../text/fold';
import { currentEngine, join, sql, type Sql } from '../sql';

/** Records that are not (soft-)deleted. */
export const LIVE = sql`r.deleted_at IS NULL`;

const byParticipant = (ids: readonly string[]) =>
  sql`r.id IN (SELECT p.record_id FROM record_participant p WHERE p.actor_id IN (${join(ids)}))`;

/** One search word: the SQLite trigram index for words of 3+ characters, LIKE otherwise (and on PostgreSQL, where a trigram GIN index serves LIKE). */
function textCondition(term: string): Sql {
  if (currentEngine() === 'sqlite' && [...term].length >= 3)
    return sql`r.rowid IN (SELECT rowid FROM record_fts WHERE record_fts MATCH ${`"${term}"`})`;
  return sql`r.search_text LIKE ${`%${term.replace(/\\/g, '\\\\')}%`} ESCAPE '\\'`;
}

export function filterCondition(f: RecordFilter): Sql {
  const parts: Sql[] = [LIVE];
  if (f.country.length) parts.push(byParticipant(f.country));
  if (f.actor.length) parts.push(byParticipant(f.actor));
  if (f.bloc.length)
    parts.push(sql`r.id IN (SELECT p.record_id FROM record_participant p WHERE
      p.actor_id IN (${join(f.bloc)})
      OR p.actor_id IN (SELECT m.member_id FROM membership m WHERE m.body_id IN (${join(f.bloc)}) AND m.role IN (${join(BLOC_MEMBER_ROLES)})))`);
  if (f.topic.length)
    parts.push(sql`r.id IN (SELECT t.record_id FROM record_topic t WHERE t.topic_id IN (${join(f.topic)}))`);
  if (f.objective.length)
    parts.push(
      sql`r.id IN (SELECT c.record_id FROM record_commitment c WHERE c.commitment_id IN (${join(f.objective.map((n) => `gcm-${n}`))}))`,
    );
  if (f.kind.length) parts.push(sql`r.kind IN (${join(f.kind)})`);
  // A record matches a period when the days it may cover overlap it: a record dated "2018" is in
  // from=2018-06, and a record dated 2018-12-19 is not in to=2018-11.
  if (f.from) parts.push(sql`r.date_end >= ${parsePartialDate(f.from)!.start}`);
  if (f.to) parts.push(sql`r.date_start <= ${parsePartialDate(f.to)!.end}`);
  if (f.q) for (const term of searchTerms(f.q)) parts.push(textCondition(term));
  return join(parts, ' AND ');
}

/** Ids of the filtered records, as a sub-select. */
export function filteredIds(f: RecordFilter): Sql {
  return sql`SELECT r.id FROM cooperation_record r WHERE ${filterCondition(f)}`;
}
