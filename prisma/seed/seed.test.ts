// The seed's mapping from shipped files to rows, and its idempotence on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../test/db';
import { buildSeedData } from './build';
import { cleanUnName } from './load-countries';
import { normaliseRole } from './load-memberships';
import type { SeedData } from './model';
import { writeSeed } from './write';

let data: SeedData;
beforeAll(() => {
  data = buildSeedData();
});

describe('mapping the shipped files', () => {
  it('cleans UN terminology names', () => {
    expect(cleanUnName('Netherlands (the)')).toBe('Netherlands');
    expect(cleanUnName("Afghanistan (l')")).toBe('Afghanistan');
    expect(cleanUnName('Holy See (the) *')).toBe('Holy See');
    expect(cleanUnName('Bolivia (Plurinational State of)')).toBe('Bolivia (Plurinational State of)');
  });

  it('maps the sources’ role wording to the controlled roles', () => {
    expect(normaliseRole('member economy')).toBe('member');
    expect(normaliseRole('member (signatory of 2014 Rome Declaration)')).toBe('member');
    expect(normaliseRole('observer (destination country)')).toBe('observer');
    expect(normaliseRole('partner country (Africa)')).toBe('partner');
    expect(normaliseRole('steering committee member')).toBe('steering_committee');
    expect(normaliseRole('participating government')).toBe('participant');
    expect(() => normaliseRole('friend')).toThrow(/Unknown membership role/);
  });

  it('loads every state, with UN names and the 193 UN members of the GCM vote', () => {
    const states = data.actors.filter((a) => a.kind === 'state');
    expect(states).toHaveLength(249);
    expect(states.filter((a) => a.unMember)).toHaveLength(193);
    const vnm = states.find((a) => a.id === 'VNM')!;
    expect(vnm).toMatchObject({
      nameEn: 'Viet Nam',
      nameFr: 'Viet Nam',
      nameVi: 'Việt Nam',
      isoNumeric: '704',
      m49RegionName: 'Asia',
    });
    expect(data.aliases.filter((a) => a.actorId === 'VNM').map((a) => a.alias)).toEqual(
      expect.arrayContaining(['Vietnam', 'Việt Nam']),
    );
  });

  it('gives organisations their aliases in each language', () => {
    const iom = data.aliases.filter((a) => a.actorId === 'iom').map((a) => `${a.lang}:${a.alias}`);
    expect(iom).toEqual(
      expect.arrayContaining(['fr:OIM', 'und:IOM', 'fr:Organisation internationale pour les migrations']),
    );
    const un = data.aliases.filter((a) => a.actorId === 'un').map((a) => a.alias);
    expect(un).toContain('ONU');
    expect(data.aliases.filter((a) => a.actorId === 'wto').map((a) => a.alias)).toContain('OMC');
    expect(data.aliases.filter((a) => a.actorId === 'ohchr').map((a) => a.alias)).toContain('HCDH');
  });

  it('keeps one membership per actor, body and role, with both source names', () => {
    const eu = data.memberships.find((m) => m.id === 'khartoum-process:eu:steering_committee')!;
    expect(eu.sourceName).toBe('European Commission; European External Action Service');
    expect(new Set(data.memberships.map((m) => m.id)).size).toBe(data.memberships.length);
  });

  it('turns accessions into dated records, one per body and date, without sharpening dates', () => {
    const vnmAsean = data.records.find((r) => r.id === 'membership-asean-1995-07-28-member')!;
    expect(vnmAsean.title).toBe('Viet Nam joins ASEAN');
    expect(vnmAsean.participants.map((p) => p.actor)).toEqual(['asean', 'VNM']);
    const iom2011 = data.records.find((r) => r.id === 'membership-iom-2011-member')!;
    expect(iom2011.date).toBe('2011');
    expect(iom2011.participants).toHaveLength(15);
    expect(iom2011.dataNote).toMatch(/Only the year/);
    const applications = data.records.find((r) => r.id === 'membership-iom-2015-11-24-applications')!;
    expect(applications.dataNote).toMatch(/does not confirm admission/);
    expect(data.memberships.some((m) => m.bodyId === 'iom' && m.memberId === 'ERI')).toBe(false);
  });

  it('records the GCM vote and the partial champions list', () => {
    const tally = (set: string, pos: string) =>
      data.stances.filter((s) => s.setId === set && s.position === pos).length;
    expect([
      tally('gcm-endorsement', 'yes'),
      tally('gcm-endorsement', 'no'),
      tally('gcm-endorsement', 'abstain'),
      tally('gcm-endorsement', 'not_recorded'),
    ]).toEqual([152, 5, 12, 24]);
    expect(data.stanceSets.find((s) => s.id === 'gcm-champion')!.complete).toBe(false);
    expect(tally('gcm-champion', 'champion')).toBe(29);
  });

  it('holds the founding record first, from the editorial file', () => {
    const founding = data.records[0]!;
    expect(founding.id).toBe('vna-2023-11-viet-nam-iom-geneva');
    expect(founding.sources[0]!.source.language).toBe('fr');
  });
});

describe('writing to the database', () => {
  let h: ReturnType<typeof testDb>;
  beforeAll(() => {
    h = testDb();
  });
  afterAll(() => h.cleanup());

  const counts = async () => ({
    actors: await h.db.actor.count(),
    aliases: await h.db.actorAlias.count(),
    memberships: await h.db.membership.count(),
    records: await h.db.cooperationRecord.count(),
    participants: await h.db.recordParticipant.count(),
    sources: await h.db.source.count(),
    stances: await h.db.stance.count(),
  });

  it('a second run neither duplicates nor loses anything, and keeps records staff edited', async () => {
    const before = await counts();
    await h.db.cooperationRecord.update({
      where: { id: 'gcm-process-imrf-2022' },
      data: { title: 'Edited by staff', version: 2 },
    });
    const result = await h.db.$transaction((tx) => writeSeed(tx, data, () => {}), { timeout: 120_000 });
    expect(result.recordsKept).toEqual(['gcm-process-imrf-2022']);
    expect(await counts()).toEqual(before);
    expect((await h.db.cooperationRecord.findUnique({ where: { id: 'gcm-process-imrf-2022' } }))!.title).toBe(
      'Edited by staff',
    );
    // Put the shared database (PostgreSQL runs) back as it was.
    await h.db.cooperationRecord.update({
      where: { id: 'gcm-process-imrf-2022' },
      data: { title: 'First International Migration Review Forum (IMRF 2022)', version: 1 },
    });
  });
});
