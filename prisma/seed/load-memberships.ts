// Memberships of ASEAN, APEC, ASEM and the regional consultative processes, plus one dated
// "membership" record per accession event (members admitted together on the same date).
import { parsePartialDate } from '../../lib/domain/dates';
import type { RecordInput } from '../../lib/domain/record-input';
import type { MembershipRole, ParticipantRole } from '../../lib/domain/vocab';
import { cell, dataPath, readCsv, required } from './files';
import type { MembershipRow } from './model';
import { addSource, splitUrls, webSource } from './sources';
import type { SourceInput } from '../../lib/domain/record-input';

export const BODY_IDS: Record<string, string> = {
  ASEAN: 'asean',
  APEC: 'apec',
  ASEM: 'asem',
  'Colombo Process': 'colombo-process',
  'Abu Dhabi Dialogue': 'abu-dhabi-dialogue',
  'Bali Process': 'bali-process',
  'Budapest Process': 'budapest-process',
  'Rabat Process': 'rabat-process',
  'Khartoum Process': 'khartoum-process',
  'Regional Conference on Migration (Puebla Process)': 'rcm',
  'South American Conference on Migration': 'sacm',
};

/** Organisations named in the memberships file, as the sources write them. */
export const ORGANISATION_IDS: Record<string, string> = {
  'ASEAN Secretariat': 'asean',
  'Pacific Economic Cooperation Council (PECC)': 'pecc',
  'Pacific Islands Forum (PIF)': 'pif',
  'European Commission': 'eu',
  'European Union (EU)': 'eu',
  'European Commission / European Union': 'eu',
  'European External Action Service': 'eu',
  'International Organization for Migration (IOM)': 'iom',
  'International Labour Organization (ILO)': 'ilo',
  'International Organisation of Employers (IOE)': 'ioe',
  UNHCR: 'unhcr',
  UNODC: 'unodc',
  'ECOWAS Commission': 'ecowas',
  'African Union Commission': 'au',
};

/** The source's role wording -> the controlled membership role. */
export function normaliseRole(role: string): MembershipRole {
  const r = role.toLowerCase();
  if (r.startsWith('steering committee')) return 'steering_committee';
  if (r.includes('observer')) return 'observer';
  if (r.startsWith('partner')) return 'partner';
  if (r.startsWith('participating')) return 'participant';
  if (r.startsWith('member')) return 'member';
  throw new Error(`Unknown membership role "${role}"`);
}

const VERB: Record<string, { one: string; many: string; participant: ParticipantRole }> = {
  member: { one: 'joins', many: 'join', participant: 'member' },
  participant: { one: 'joins', many: 'join', participant: 'member' },
  partner: { one: 'becomes a partner of', many: 'become partners of', participant: 'partner' },
  observer: { one: 'becomes an observer of', many: 'become observers of', participant: 'observer' },
};

export interface MembershipLoad {
  memberships: MembershipRow[];
  records: RecordInput[];
}

export function loadMemberships(
  sources: Map<string, SourceInput>,
  nameOf: (actorId: string) => string,
  labelOf: (actorId: string) => string,
): MembershipLoad {
  const rows = readCsv(dataPath('reference', 'memberships', 'memberships.csv'));
  const byId = new Map<string, MembershipRow>();
  const events = new Map<
    string,
    {
      bodyId: string;
      date: string;
      role: MembershipRole;
      rows: Array<{ memberId: string; row: Record<string, string> }>;
    }
  >();

  for (const [i, r] of rows.entries()) {
    const where = `memberships.csv row ${i + 2}`;
    const body = required(r, 'body', where);
    const bodyId = BODY_IDS[body];
    if (!bodyId) throw new Error(`${where}: unknown body "${body}"`);
    const participant = required(r, 'participant', where);
    const memberId = cell(r, 'iso3') ?? ORGANISATION_IDS[participant];
    if (!memberId) throw new Error(`${where}: no actor id for "${participant}"`);
    const roleDetail = required(r, 'role', where);
    const role = normaliseRole(roleDetail);
    const urls = splitUrls(cell(r, 'source_url'));
    if (urls.length === 0) throw new Error(`${where}: no source URL`);
    const sourceIds = urls.map((u) => addSource(sources, webSource(u)));
    const joined = cell(r, 'joined');
    const precision = cell(r, 'joined_precision');
    if (joined) {
      const d = parsePartialDate(joined);
      if (!d || d.precision !== precision)
        throw new Error(`${where}: joined "${joined}" does not match precision "${precision}"`);
    }
    const id = `${bodyId}:${memberId}:${role}`;
    const existing = byId.get(id);
    if (existing) {
      // The same actor listed twice in one role (e.g. the EU through two of its institutions): one
      // membership, both source names kept.
      existing.sourceName = [existing.sourceName, participant].filter(Boolean).join('; ');
      continue;
    }
    const extraUrls = urls.slice(1);
    byId.set(id, {
      id,
      memberId,
      bodyId,
      role,
      roleDetail,
      sourceName: participant,
      since: joined,
      sincePrecision: joined ? precision : null,
      until: null,
      untilPrecision: null,
      asOf: cell(r, 'as_of'),
      note:
        [cell(r, 'note'), extraUrls.length ? `Also: ${extraUrls.join(' ; ')}` : null]
          .filter(Boolean)
          .join(' ') || null,
      sourceId: sourceIds[0]!,
    });
    if (joined) {
      const key = `${bodyId}|${joined}|${role}`;
      const ev = events.get(key) ?? { bodyId, date: joined, role, rows: [] };
      ev.rows.push({ memberId, row: r });
      events.set(key, ev);
    }
  }

  const records: RecordInput[] = [];
  for (const ev of events.values()) {
    const verb = VERB[ev.role];
    if (!verb) continue;
    const names = ev.rows.map((x) => nameOf(x.memberId));
    const notes = [
      ...new Set(ev.rows.map((x) => cell(x.row, 'note')).filter((n): n is string => n !== null)),
    ];
    const founding = notes.some((n) => /found/i.test(n));
    const body = labelOf(ev.bodyId);
    const listed =
      names.length <= 3 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : null;
    const title =
      names.length === 1
        ? `${names[0]} ${verb.one} ${body}`
        : listed && !founding
          ? `${listed} ${verb.many} ${body}`
          : founding
            ? `${body} founded: ${names.length} founding ${ev.role === 'partner' ? 'partners' : 'members'}`
            : `${names.length} ${ev.rows.every((x) => /^[A-Z]{3}$/.test(x.memberId)) ? 'states' : 'members'} ${verb.many} ${body}`;
    const urls = [...new Set(ev.rows.flatMap((x) => splitUrls(cell(x.row, 'source_url'))))];
    records.push({
      id: `membership-${ev.bodyId}-${ev.date}-${ev.role}`,
      kind: 'membership',
      title,
      summary: `${names.join(', ')} ${names.length === 1 ? verb.one : verb.many} ${nameOf(ev.bodyId)} (${ev.date}).${notes.length ? ` Source note: ${notes.join(' ')}` : ''}`,
      date: ev.date,
      dateBasis: 'event',
      endDate: null,
      place: null,
      participants: [
        { actor: ev.bodyId, role: 'body', detail: null },
        ...ev.rows.map((x) => ({ actor: x.memberId, role: verb.participant, detail: cell(x.row, 'role') })),
      ],
      people: [],
      topics: [],
      objectives: [],
      sources: urls.map((u) => ({
        source: sources.get(webSource(u).id)!,
        excerpt: ev.rows
          .filter((x) => splitUrls(cell(x.row, 'source_url')).includes(u))
          .map(
            (x) => `${cell(x.row, 'participant')} — ${cell(x.row, 'role')} — joined ${cell(x.row, 'joined')}`,
          )
          .join('; '),
      })),
      dataNote: notes.some((n) => /DERIVED|DISAGREE|only a year|secondary/i.test(n))
        ? `Derived or disputed in the sources: ${notes.join(' ')}`
        : null,
    });
  }
  return { memberships: [...byId.values()], records };
}
