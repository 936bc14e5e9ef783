// Integration tests of the query functions against a real database seeded with the shipped data:
// SQLite by default, PostgreSQL when DATABASE_URL names one (CI runs both).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type RecordFilter } from '../../domain/filter';
import { testDb } from '../../../test/db';
import { getActor, listActors } from './actors';
import { mapCounts } from './map';
import { network } from './network';
import { timeline } from './timeline';
import { listStanceSets, listStances } from './commitments';
import { countRecords, getRecord, listRecords, summariesByIds } from './records';

const FOUNDING = 'vna-2023-11-viet-nam-iom-geneva';
const VOTE = 'unga-2018-12-19-a-res-73-195';
const f = (patch: Partial<RecordFilter>): RecordFilter => ({ ...EMPTY_FILTER, ...patch });

let h: ReturnType<typeof testDb>;
beforeAll(() => {
  h = testDb();
});
afterAll(() => h.cleanup());

async function ids(filter: RecordFilter) {
  const page = await listRecords(h.db, filter, { page: 1, pageSize: 200, sort: '-date', lang: 'en' });
  return page.items.map((r) => r.id);
}

describe('records', () => {
  it('list each record as its detail (read through the model) has it, in every language', async () => {
    const all = await ids(EMPTY_FILTER);
    expect(all.length).toBeGreaterThan(20);
    for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
      const listed = await summariesByIds(h.db, all, lang);
      expect(listed.map((r) => r.id)).toEqual(all);
      const withPlace = listed.filter((r) => r.place !== null);
      expect(withPlace.length, 'records with a place').toBeGreaterThan(0);
      expect(listed.some((r) => r.sources.length > 1)).toBe(true);
      expect(listed.some((r) => r.topics.length > 1 && r.objectives.length > 1)).toBe(true);
      for (const item of listed) {
        const detail = (await getRecord(h.db, item.id, lang))!;
        const { summary, dataNote, people, version, updatedAt, deletedAt, ...asListed } = detail;
        void [summary, dataNote, people, version, updatedAt, deletedAt];
        expect(item, `${item.id} (${lang})`).toEqual(asListed);
      }
    }
  });

  it('lists the first participants only, and leaves the sources out, when the list asks for that', async () => {
    const opts = { page: 1, pageSize: 5, sort: '-date' as const, lang: 'en' as const };
    const full = await listRecords(h.db, f({ q: 'A/RES/73/195' }), opts);
    const brief = await listRecords(h.db, f({ q: 'A/RES/73/195' }), {
      ...opts,
      shape: { participants: 4, withoutSources: true },
    });
    const vote = full.items.find((r) => r.id === VOTE)!;
    const briefVote = brief.items.find((r) => r.id === VOTE)!;
    expect(vote.participantCount).toBe(vote.participants.length);
    expect(vote.participantCount).toBeGreaterThan(150);
    expect(briefVote.participants).toEqual(vote.participants.slice(0, 4));
    expect(briefVote.participantCount).toBe(vote.participantCount);
    expect(vote.sources.length).toBeGreaterThan(0);
    expect(briefVote).not.toHaveProperty('sources');
    expect(brief.total).toBe(full.total);
  });

  it('holds the founding record with its participants, people, topics, objectives and source', async () => {
    const r = await getRecord(h.db, FOUNDING, 'en');
    expect(r).not.toBeNull();
    expect(r!.kind).toBe('meeting');
    expect(r!.date).toBe('2023-11-20');
    expect(r!.dateBasis).toBe('reported');
    expect(r!.place).toMatchObject({ id: 'geneva', name: 'Geneva', country: { id: 'CHE' } });
    expect(r!.participants.map((p) => p.actor.id).sort()).toEqual(
      ['VNM', 'apec', 'asean', 'asem', 'iom', 'un', 'wto'].sort(),
    );
    expect(r!.people.map((p) => p.name)).toEqual(['Lê Thị Tuyết Mai', 'Amy Pope']);
    expect(r!.topics.map((t) => t.id)).toEqual(
      expect.arrayContaining(['labour-migration', 'health', 'climate']),
    );
    expect(r!.objectives.map((o) => o.number)).toEqual([2, 6, 15, 19, 23]);
    expect(r!.sources[0]).toMatchObject({ publisher: 'Vietnam News Agency (VNA)', language: 'fr' });
    expect(r!.sources[0]!.excerpt).toContain(
      'Pacte mondial pour des migrations sûres, ordonnées et régulières',
    );
  });

  it('gives French names when asked', async () => {
    const r = await getRecord(h.db, FOUNDING, 'fr');
    expect(r!.place!.name).toBe('Genève');
    expect(r!.participants.find((p) => p.actor.id === 'iom')!.actor.name).toBe(
      'Organisation internationale pour les migrations',
    );
  });

  it('returns null for an unknown id', async () => {
    expect(await getRecord(h.db, 'no-such-record', 'en')).toBeNull();
  });

  it('filters by country: Viet Nam’s records include the founding meeting, ASEAN accession and the GCM vote', async () => {
    const vnm = await ids(f({ country: ['VNM'] }));
    expect(vnm).toEqual(
      expect.arrayContaining([
        FOUNDING,
        VOTE,
        'membership-asean-1995-07-28-member',
        'membership-iom-2007-member-vnm',
      ]),
    );
    const ch = await ids(f({ country: ['CHE'] }));
    expect(ch).not.toContain(FOUNDING);
  });

  it('finds text accent- and case-insensitively', async () => {
    for (const q of ['Geneve', 'GENÈVE', 'genève', 'Tuyet Mai', 'OIM'])
      expect(await ids(f({ q })), q).toContain(FOUNDING);
    expect(await ids(f({ q: 'geneve zzzz' }))).toEqual([]);
    // LIKE wildcards in the query are plain characters, not patterns
    expect(await ids(f({ q: '%' }))).toHaveLength(await countRecords(h.db, EMPTY_FILTER));
  });

  it('matches a period when a record’s dates overlap it, respecting precision', async () => {
    // "2025" (Timor-Leste joins ASEAN, year precision) overlaps from=2025-06
    expect(await ids(f({ from: '2025-06' }))).toContain('membership-asean-2025-member');
    // the vote on 2018-12-19 is not in a period ending in November 2018
    expect(await ids(f({ from: '2018', to: '2018-11' }))).not.toContain(VOTE);
    expect(await ids(f({ from: '2018-12-19', to: '2018-12-19' }))).toContain(VOTE);
  });

  it('combines filters: values within a parameter are alternatives, parameters narrow', async () => {
    const meetings = await ids(f({ kind: ['meeting'] }));
    const votesOrMeetings = await ids(f({ kind: ['meeting', 'vote'] }));
    expect(votesOrMeetings.length).toBe(meetings.length + (await ids(f({ kind: ['vote'] }))).length);
    expect(await ids(f({ kind: ['meeting'], country: ['VNM'] }))).toEqual([FOUNDING]);
    expect(await ids(f({ objective: [15] }))).toEqual([FOUNDING]);
    expect(await ids(f({ topic: ['health'] }))).toEqual([FOUNDING]);
  });

  it('filters by bloc: records of the body or its members', async () => {
    const asean = await ids(f({ bloc: ['asean'] }));
    expect(asean).toEqual(expect.arrayContaining([FOUNDING, VOTE, 'membership-asean-1967-08-08-member']));
  });

  it('pages and sorts', async () => {
    const all = await listRecords(h.db, EMPTY_FILTER, { page: 1, pageSize: 200, sort: 'date', lang: 'en' });
    const p2 = await listRecords(h.db, EMPTY_FILTER, { page: 2, pageSize: 5, sort: 'date', lang: 'en' });
    expect(p2.total).toBe(all.total);
    expect(p2.items.map((r) => r.id)).toEqual(all.items.slice(5, 10).map((r) => r.id));
    const dates = all.items.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('aggregates', () => {
  it('counts records per year, by kind', async () => {
    const t = await timeline(h.db, f({ country: ['VNM'] }), 'year');
    const byYear = Object.fromEntries(t.buckets.map((b) => [b.start, b]));
    expect(byYear['1995']).toMatchObject({ count: 1, byKind: { membership: 1 } });
    expect(byYear['2018']).toMatchObject({ count: 1, byKind: { vote: 1 } });
    expect(byYear['2023']).toMatchObject({ count: 1, byKind: { meeting: 1 } });
    expect(t.total).toBe(t.buckets.reduce((s, b) => s + b.count, 0));
  });

  it('keeps year-only records out of monthly buckets', async () => {
    const t = await timeline(h.db, f({ country: ['VNM'] }), 'month');
    expect(t.buckets.map((b) => b.start)).toEqual(expect.arrayContaining(['1995-07', '2018-12', '2023-11']));
    expect(t.buckets.some((b) => b.start === '2007-01')).toBe(false);
    expect(t.yearOnly.map((b) => b.start)).toEqual(expect.arrayContaining(['1990', '2007']));
    expect(t.total).toBe([...t.buckets, ...t.yearOnly].reduce((s, b) => s + b.count, 0));
  });

  it('counts records per participating state', async () => {
    const m = await mapCounts(h.db, f({ country: ['VNM'] }));
    const vnm = m.countries.find((c) => c.iso3 === 'VNM')!;
    expect(vnm.count).toBe(m.total);
    expect(m.countries.every((c) => /^[A-Z]{3}$/.test(c.iso3))).toBe(true);
  });

  it('links Viet Nam to IOM, ASEAN, ASEM and APEC in the network', async () => {
    const n = await network(h.db, f({ country: ['VNM'] }), { limit: 150, lang: 'en' });
    const neighbours = new Set(
      n.edges.flatMap((e) => (e.source === 'VNM' ? [e.target] : e.target === 'VNM' ? [e.source] : [])),
    );
    for (const id of ['iom', 'asean', 'asem', 'apec']) expect(neighbours.has(id), id).toBe(true);
    const vnm = n.nodes.find((x) => x.id === 'VNM')!;
    expect(vnm.degree).toBe(neighbours.size);
    expect(n.nodes.find((x) => x.id === 'iom')).toMatchObject({ kind: 'igo', label: 'IOM' });
  });

  it('limits the network to the most active actors and says so', async () => {
    const n = await network(h.db, EMPTY_FILTER, { limit: 10, lang: 'en' });
    expect(n.nodes).toHaveLength(10);
    expect(n.truncated).toBe(true);
    expect(n.totalNodes).toBeGreaterThan(10);
    const kept = new Set(n.nodes.map((x) => x.id));
    expect(n.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
  });
});

describe('actors and stances', () => {
  it('has the A/RES/73/195 vote: 152 yes, 5 no, 12 abstain, 24 not recorded', async () => {
    const sets = await listStanceSets(h.db, 'en');
    const vote = sets.find((s) => s.id === 'gcm-endorsement')!;
    expect(vote.totals).toEqual({ yes: 152, no: 5, abstain: 12, not_recorded: 24 });
    expect(vote.complete).toBe(true);
    const champions = sets.find((s) => s.id === 'gcm-champion')!;
    expect(champions.complete).toBe(false);
    const stances = await listStances(h.db, 'gcm-endorsement', 'en');
    expect(
      stances
        .filter((s) => s.position === 'no')
        .map((s) => s.actor.id)
        .sort(),
    ).toEqual(['CZE', 'HUN', 'ISR', 'POL', 'USA']);
    expect(stances.find((s) => s.actor.id === 'SRB')?.position).toBe('yes');
  });

  it('gives a state’s memberships with dates and its stances', async () => {
    const vnm = await getActor(h.db, 'VNM', 'en');
    expect(vnm!.name).toBe('Viet Nam');
    expect(vnm!.unMember).toBe(true);
    const asean = vnm!.memberOf.find((m) => m.body.id === 'asean')!;
    expect(asean).toMatchObject({ role: 'member', since: '1995-07-28', sincePrecision: 'day' });
    expect(vnm!.stances.find((s) => s.set.id === 'gcm-endorsement')?.position).toBe('yes');
    expect(vnm!.aliases.some((a) => a.alias === 'Việt Nam')).toBe(true);
  });

  it('gives a body’s members', async () => {
    const asean = await getActor(h.db, 'asean', 'en');
    expect(asean!.members.filter((m) => m.role === 'member').map((m) => m.member.id)).toEqual(
      expect.arrayContaining(['IDN', 'MYS', 'PHL', 'SGP', 'THA', 'BRN', 'VNM', 'LAO', 'MMR', 'KHM', 'TLS']),
    );
    expect(await getActor(h.db, 'nope', 'en')).toBeNull();
  });

  it('lists actors by kind and finds them by any name or alias', async () => {
    const rcps = await listActors(h.db, { kind: ['rcp'], q: null, lang: 'en' });
    expect(rcps.map((a) => a.id)).toEqual(expect.arrayContaining(['colombo-process', 'bali-process', 'rcm']));
    expect((await listActors(h.db, { kind: [], q: 'OIM', lang: 'en' })).map((a) => a.id)).toContain('iom');
    expect((await listActors(h.db, { kind: [], q: 'viet nam', lang: 'en' })).map((a) => a.id)).toContain(
      'VNM',
    );
    expect((await listActors(h.db, { kind: [], q: 'Vietnam', lang: 'en' })).map((a) => a.id)).toContain(
      'VNM',
    );
  });
});

describe('summary', () => {
  it('counts what a selection holds, including topics and GCM objectives', async () => {
    const { summary } = await import('./summary');
    const s = await summary(h.db, f({ country: ['VNM'] }));
    expect(s).toMatchObject({
      records: 7,
      organisations: 7,
      objectives: 5,
      from: '1990-01-01',
      to: '2023-11-20',
    });
    expect(s.byTopic.map((t) => t.id)).toEqual(
      expect.arrayContaining(['labour-migration', 'health', 'climate']),
    );
    expect(s.byObjective.map((o) => o.number).sort((a, b) => a - b)).toEqual([2, 6, 15, 19, 23]);
    const none = await summary(h.db, f({ q: 'no such words anywhere' }));
    expect(none).toMatchObject({ records: 0, states: 0, from: null, byTopic: [] });
  });
});

describe('export iteration', () => {
  it('yields every filtered record exactly once, newest first, whatever the batch size', async () => {
    const { iterateRecords } = await import('./records');
    const seen: string[] = [];
    const dates: string[] = [];
    for await (const batch of iterateRecords(h.db, EMPTY_FILTER, 'en', 7))
      for (const r of batch) {
        seen.push(r.id);
        dates.push(r.date);
      }
    expect(seen).toHaveLength(await countRecords(h.db, EMPTY_FILTER));
    expect(new Set(seen).size).toBe(seen.length);
    const starts = dates.map((d) => d.padEnd(10, '-00').slice(0, 10));
    expect([...starts].sort().reverse()).toEqual(starts);
  });

  it('gives a combined filter the same records from the facet index as from the records', async () => {
    const { iterateRecords } = await import('./records');
    const { usesFacets } = await import('./filter-sql');
    const { setRollupsEnabled } = await import('./rollup-plan');
    const filter = f({ country: ['VNM'], actor: ['iom'] });
    expect(usesFacets(filter)).toBe(true);
    const all = async () => {
      const ids: string[] = [];
      for await (const batch of iterateRecords(h.db, filter, 'en', 2)) ids.push(...batch.map((r) => r.id));
      return ids;
    };
    const fromIndex = await all();
    setRollupsEnabled(false);
    const fromRecords = await all().finally(() => setRollupsEnabled(true));
    expect(fromIndex.length).toBeGreaterThanOrEqual(3);
    expect(fromIndex).toEqual(fromRecords);
  });
});
