// IOM membership fragments: admissions found in the sources (as records and memberships) and the
// member-state counts over time. The file is partial by design; nothing here implies completeness.
import { parsePartialDate } from '../../lib/domain/dates';
import type { RecordInput, SourceInput } from '../../lib/domain/record-input';
import { cell, dataPath, readCsv, required } from './files';
import type { MemberCountRow, MembershipRow } from './model';
import { addSource, splitUrls, webSource } from './sources';

export function loadIom(sources: Map<string, SourceInput>, nameOf: (id: string) => string) {
  const dir = dataPath('reference', 'iom-membership');
  const events = readCsv(`${dir}/iom_membership_events.csv`);
  const memberships: MembershipRow[] = [];
  const groups = new Map<string, Array<Record<string, string>>>();
  for (const [i, r] of events.entries()) {
    const where = `iom_membership_events.csv row ${i + 2}`;
    const key = `${required(r, 'event', where)}|${required(r, 'date', where)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }

  const records: RecordInput[] = [];
  for (const rows of groups.values()) {
    const first = rows[0]!;
    const event = required(first, 'event', 'iom events');
    const date = required(first, 'date', 'iom events');
    const precision = required(first, 'date_precision', 'iom events');
    if (parsePartialDate(date)?.precision !== precision)
      throw new Error(`iom events: date ${date} is not of precision ${precision}`);
    const ids = rows.map((r) => required(r, 'iso3', 'iom events'));
    const names = ids.map(nameOf);
    const urls = [...new Set(rows.flatMap((r) => splitUrls(cell(r, 'source_url'))))];
    for (const u of urls) addSource(sources, webSource(u));
    const note = cell(first, 'note');
    const applied = /application/.test(event);
    const observer = event === 'observer';

    let title: string;
    if (applied) title = `IOM Council considers membership applications from ${names.length} states`;
    else if (observer) title = `${names[0]} becomes an observer of IOM`;
    else
      title =
        names.length === 1
          ? `${names[0]} becomes an IOM member state`
          : `${names.length} states admitted as IOM member states`;

    records.push({
      id: `membership-iom-${date}-${applied ? 'applications' : observer ? 'observer' : 'member'}${ids.length === 1 ? `-${ids[0]!.toLowerCase()}` : ''}`,
      kind: 'membership',
      title,
      summary: `${title}: ${names.join(', ')} (${date}).${note ? ` Source note: ${note}` : ''}`,
      date,
      dateBasis: 'event',
      endDate: null,
      place: null,
      participants: [
        { actor: 'iom', role: 'body', detail: applied ? 'IOM Council, 106th session' : null },
        ...ids.map((id) => ({
          actor: id,
          role: applied ? ('applicant' as const) : observer ? ('observer' as const) : ('member' as const),
          detail: event,
        })),
      ],
      people: [],
      topics: [],
      objectives: [],
      sources: urls.map((u) => ({
        source: sources.get(webSource(u).id)!,
        excerpt: rows.map((r) => `${cell(r, 'state')} — ${cell(r, 'event')} — ${cell(r, 'date')}`).join('; '),
      })),
      dataNote: applied
        ? 'The source says the Council would consider these applications; it does not confirm admission.'
        : /DERIVED/.test(note ?? '')
          ? `Only the year is stated as fact; ${note}`
          : null,
    });

    if (applied) continue;
    for (const r of rows) {
      const memberId = required(r, 'iso3', 'iom events');
      const role = observer ? 'observer' : 'member';
      const until = observer && /1990-2007/.test(cell(r, 'note') ?? '') ? '2007' : null;
      memberships.push({
        id: `iom:${memberId}:${role}`,
        memberId,
        bodyId: 'iom',
        role,
        roleDetail: cell(r, 'event'),
        sourceName: cell(r, 'state'),
        since: date,
        sincePrecision: precision,
        until,
        untilPrecision: until ? 'year' : null,
        asOf: null,
        note: cell(r, 'note'),
        sourceId: webSource(splitUrls(cell(r, 'source_url'))[0]!).id,
      });
    }
  }

  const counts: MemberCountRow[] = readCsv(`${dir}/iom_membership_counts.csv`).map((r, i) => {
    const where = `iom_membership_counts.csv row ${i + 2}`;
    const asOf = required(r, 'as_of', where);
    const d = parsePartialDate(asOf);
    if (!d) throw new Error(`${where}: bad date ${asOf}`);
    const url = splitUrls(required(r, 'source_url', where))[0]!;
    return {
      id: `iom-count-${i + 1}`,
      bodyId: 'iom',
      asOf,
      asOfPrecision: d.precision,
      count: Number(required(r, 'count', where)),
      what: required(r, 'what', where),
      sourceId: addSource(sources, webSource(url)),
    };
  });
  return { memberships, records, memberCounts: counts };
}
