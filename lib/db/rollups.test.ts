// The rollups stay exactly what a full recount would give after every kind of write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRecord, staffFixture, type StaffFixture } from '../../test/staff';
import type { ChangeContext } from '../editing/audit';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from '../editing/commands';
import { revertChange } from '../editing/revert';
import type { DbTx } from './client';
import { databaseUrl, engineOf } from '../../prisma/adapter';
import { purgeRecords, rebuildRollups, WIDE_RECORD } from './rollups';

const TABLES = [
  'agg_period',
  'agg_actor_period',
  'agg_actor',
  'agg_actor_year',
  'agg_pair',
  'agg_pair_year',
  'agg_topic_period',
  'agg_commitment_period',
  'agg_actor_topic',
  'agg_actor_commitment',
  'agg_actor_topic_period',
  'agg_actor_commitment_period',
  'agg_topic_pair',
  'agg_topic_commitment',
  'agg_commitment_pair',
  'agg_topic_actor_pair',
  'agg_commitment_actor_pair',
  'agg_hub_pair',
  'agg_wide_record',
];

/** Hubs for these tests: actors in at least 3 records (the shipped data has none at the real threshold). */
const HUBS = { hubMinRecords: 3 };
/** The hubs these tests compare the pairs of (other test files may add hubs to a shared database). */
let hubs: string[] = [];

async function snapshot(db: DbTx) {
  const out: Record<string, string[]> = {};
  for (const t of TABLES) {
    const rows = (
      await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT * FROM ${t} WHERE n <> 0`)
    ).filter((r) => t !== 'agg_hub_pair' || hubs.includes(String(r.hub)));
    out[t] = rows
      .map((r) =>
        JSON.stringify(
          Object.entries(r)
            .map(([k, v]) => [k, String(v)])
            .sort(),
        ),
      )
      .sort();
  }
  // The facts rows (their ids are arbitrary), links sorted, and every entry of the facet index, by record.
  const sqlite = engineOf(databaseUrl()) === 'sqlite';
  const facts = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
    `SELECT record_id, kind, date_start, date_end, actors, topics, commitments${sqlite ? '' : ', facets, words::text AS words'} FROM record_facts`,
  );
  const list = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as string[]) : (v as string[])).sort();
  out.record_facts = facts
    .map((r) =>
      JSON.stringify({
        ...r,
        actors: list(r.actors),
        topics: list(r.topics),
        commitments: list(r.commitments),
        facets: r.facets ? list(r.facets) : undefined,
      }),
    )
    .sort();
  if (sqlite) {
    await db.$executeRawUnsafe(
      `CREATE VIRTUAL TABLE IF NOT EXISTS temp.facet_terms USING fts5vocab(main, record_facet_fts, instance)`,
    );
    out.facet_index = (
      await db.$queryRawUnsafe<Array<{ t: string }>>(
        `SELECT COALESCE(x.record_id, 'no facts row ' || v.doc) || ' ' || v.col || ' ' || v.term || ' ' || v.offset AS t
         FROM temp.facet_terms v LEFT JOIN record_facts x ON x.id = v.doc`,
      )
    )
      .map((r) => r.t)
      .sort();
  } else {
    // GIN indexes the columns themselves.
    out.facet_index = facts
      .flatMap((r) => [
        ...list(r.facets).map((t) => `${String(r.record_id)} facets ${t}`),
        `${String(r.record_id)} words ${String(r.words)}`,
      ])
      .sort();
  }
  return out;
}

let f: StaffFixture;
let ctx: ChangeContext;
beforeAll(async () => {
  f = await staffFixture();
  ctx = {
    principal: {
      kind: 'session',
      role: 'admin',
      userId: null,
      tokenId: null,
      label: 'rollups',
      name: 'rollups',
    },
    via: 'ui',
  };
  await f.h.db.$transaction((tx) => rebuildRollups(tx, HUBS), { timeout: 60_000 });
  hubs = (await f.h.db.aggHub.findMany()).map((h) => h.actorId);
});
afterAll(() => f.cleanup());

describe('rollups', () => {
  it('match a full recount after creates, edits, deletes, restores, reverts and purges', async () => {
    const db = f.h.db;
    const before = await snapshot(db);
    const a = f.recordId('roll-a');
    const b = f.recordId('roll-b');
    expect((await createRecord(db, sampleRecord(a), ctx)).ok).toBe(true);
    // b is wide (more than WIDE_RECORD participants): counted in agg_wide_record, not in hub pairs.
    const states = await db.actor.findMany({
      where: { kind: 'state', id: { notIn: ['FRA', 'VNM'] } },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: WIDE_RECORD,
    });
    const wide = ['FRA', 'VNM', ...states.map((s) => s.id)].map((actor) => ({
      actor,
      role: 'party' as const,
      detail: null,
    }));
    expect(
      (await createRecord(db, sampleRecord(b, { kind: 'agreement', date: '2019', participants: wide }), ctx))
        .ok,
    ).toBe(true);
    // Change what the rollups count by: kind, date, participants, topics, objectives.
    const edited = sampleRecord(a, {
      kind: 'pledge',
      date: '2021-05',
      participants: [
        { actor: 'FRA', role: 'host', detail: null },
        { actor: 'iom', role: 'party', detail: null },
        { actor: 'un', role: 'mentioned', detail: null },
      ],
      topics: ['health', 'climate'],
      objectives: [2, 15],
    });
    expect((await updateRecord(db, a, 1, edited, ctx)).ok).toBe(true);
    // A refused save (stale version) must leave the counts as they were.
    expect((await updateRecord(db, a, 1, sampleRecord(a), ctx)).ok).toBe(false);
    expect((await deleteRecord(db, b, ctx)).ok).toBe(true);
    // A deleted record leaves the facet index: no filter finds it there.
    const deleted = await snapshot(db);
    expect(deleted.record_facts!.some((r) => r.includes(`"${b}"`))).toBe(false);
    expect(deleted.facet_index!.some((r) => !r.startsWith(`${a} `) && r.includes(' facets '))).toBe(true);
    expect(deleted.facet_index!.some((r) => r.startsWith(`${b} `) || r.startsWith('no facts row'))).toBe(
      false,
    );
    expect((await restoreRecord(db, b, ctx)).ok).toBe(true);
    expect((await deleteRecord(db, b, ctx)).ok).toBe(true);
    const last = await db.auditEntry.findFirst({ where: { entityId: b }, orderBy: { id: 'desc' } });
    expect((await revertChange(db, last!.id, ctx)).ok).toBe(true);

    const incremental = await snapshot(db);
    await db.$transaction((tx) => rebuildRollups(tx), { timeout: 60_000 });
    expect(incremental).toEqual(await snapshot(db));
    expect(incremental).not.toEqual(before);
    // The hubs' pairs and the wide record are among what was compared.
    expect(incremental.agg_hub_pair!.some((r) => r.includes('"FRA"') && r.includes('"iom"'))).toBe(true);
    expect(incremental.agg_wide_record!.some((r) => r.includes(`"${b}"`))).toBe(true);
    // The facet index: the edited record's new topic and the restored wide record are in it.
    expect(incremental.record_facts!.some((r) => r.includes(`"${a}"`) && r.includes('"climate"'))).toBe(true);
    expect(incremental.facet_index!.some((r) => r.startsWith(`${b} facets `))).toBe(true);
    // Actor pairs within each topic and objective: FRA and iom under climate and objective 15; none
    // from the wide record.
    expect(
      incremental.agg_topic_actor_pair!.some(
        (r) => r.includes('"climate"') && r.includes('"FRA"') && r.includes('"iom"'),
      ),
    ).toBe(true);
    expect(
      incremental.agg_commitment_actor_pair!.some(
        (r) => r.includes('"gcm-15"') && r.includes('"FRA"') && r.includes('"iom"'),
      ),
    ).toBe(true);
    // Actor pairs by year and kind: the edited record is a 2021 pledge of FRA with iom.
    expect(
      incremental.agg_pair_year!.some(
        (r) => r.includes('"FRA"') && r.includes('"iom"') && r.includes('"2021"') && r.includes('"pledge"'),
      ),
    ).toBe(true);
    // Topics and objectives together: the edited record has health, climate, objectives 2 and 15.
    expect(incremental.agg_topic_pair!.some((r) => r.includes('"climate"') && r.includes('"health"'))).toBe(
      true,
    );
    expect(
      incremental.agg_commitment_pair!.some((r) => r.includes('"gcm-15"') && r.includes('"gcm-2"')),
    ).toBe(true);
    // One actor with one topic and with one objective, by period: the edited record's new ones.
    expect(
      incremental.agg_actor_topic_period!.some(
        (r) =>
          r.includes('"iom"') && r.includes('"climate"') && r.includes('"2021"') && r.includes('"pledge"'),
      ),
    ).toBe(true);
    expect(
      incremental.agg_actor_commitment_period!.some(
        (r) => r.includes('"FRA"') && r.includes('"gcm-15"') && r.includes('"2021"') && r.includes('"5"'),
      ),
    ).toBe(true);

    // A record deleted for good outside the write path still takes its facts with it (trigger on
    // SQLite, foreign key on PostgreSQL); the rollups it leaves wrong are recounted below.
    const c = f.recordId('roll-c');
    expect((await createRecord(db, sampleRecord(c), ctx)).ok).toBe(true);
    expect((await snapshot(db)).facet_index!.some((r) => r.startsWith(`${c} `))).toBe(true);
    await db.cooperationRecord.delete({ where: { id: c } });
    const gone = await snapshot(db);
    expect(gone.record_facts!.some((r) => r.includes(`"${c}"`))).toBe(false);
    expect(gone.facet_index!.some((r) => r.startsWith(`${c} `) || r.startsWith('no facts row'))).toBe(false);
    await db.$transaction((tx) => rebuildRollups(tx), { timeout: 60_000 });

    await purgeRecords(db, [a, b]);
    const afterPurge = await snapshot(db);
    await db.$transaction((tx) => rebuildRollups(tx), { timeout: 60_000 });
    expect(afterPurge).toEqual(await snapshot(db));
    expect(afterPurge).toEqual(before);
  });
});
