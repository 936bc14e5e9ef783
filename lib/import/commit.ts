// Writes validated rows in batches inside the import's one transaction: new records with createMany
// (record rows, the rows hanging off them, new sources, audit entries), existing ones replaced one by
// one with their previous content kept in the audit trail.
import { randomUUID } from 'node:crypto';
import type { DbTx } from '../db/client';
import { bumpVersions } from '../db/data-version';
import { addRecords } from '../db/rollups';
import { auditRow, type ChangeContext } from '../editing/audit';
import { searchTextFor } from '../editing/refs';
import { loadRecord } from '../editing/snapshot';
import { replaceRecord, sourceRow } from '../editing/store';
import { localAcronyms } from '../domain/acronyms';
import { fold, searchText } from '../text/fold';
import { recordChildRows, recordRow } from '../../prisma/seed/write';
import type { ImportContext, Parsed } from './validate';

export interface Writer {
  write(batch: Parsed[]): Promise<void>;
}

export async function createWriter(tx: DbTx, ctx: ImportContext, change: ChangeContext): Promise<Writer> {
  const knownSources = new Set((await tx.source.findMany({ select: { id: true } })).map((s) => s.id));
  const newSources = async (sources: Array<Parameters<typeof sourceRow>[0]>) => {
    const fresh = new Map<string, ReturnType<typeof sourceRow>>();
    for (const s of sources) if (!knownSources.has(s.id) && !fresh.has(s.id)) fresh.set(s.id, sourceRow(s));
    if (fresh.size) await tx.source.createMany({ data: [...fresh.values()] });
    for (const id of fresh.keys()) knownSources.add(id);
  };

  return {
    async write(batch) {
      const creates = batch.filter((p) => !ctx.existing.has(p.key));
      const updates = batch.filter((p) => ctx.existing.has(p.key));
      const audits: Array<ReturnType<typeof auditRow>> = [];
      const recs = creates.flatMap((p) => (p.kind === 'records' ? [p.input] : []));
      if (recs.length) {
        // An existing source keeps its stored details: an import cites sources, it does not edit them.
        await newSources(recs.flatMap((r) => r.sources.map((s) => s.source)));
        await tx.cooperationRecord.createMany({
          data: recs.map((r) => recordRow(r, searchTextFor(r, ctx.refs), 'import')),
        });
        const rows = recs.map(recordChildRows);
        await tx.recordParticipant.createMany({ data: rows.flatMap((r) => r.participants) });
        const people = rows.flatMap((r) => r.people);
        if (people.length) await tx.recordPerson.createMany({ data: people });
        const topics = rows.flatMap((r) => r.topics);
        if (topics.length) await tx.recordTopic.createMany({ data: topics });
        const commitments = rows.flatMap((r) => r.commitments);
        if (commitments.length) await tx.recordCommitment.createMany({ data: commitments });
        await tx.recordSource.createMany({ data: rows.flatMap((r) => r.sources) });
        await addRecords(
          tx,
          recs.map((r) => r.id),
        );
        for (const r of recs)
          audits.push(
            auditRow(change, { entityId: r.id, action: 'create', before: null, after: r, version: 1 }),
          );
      }
      for (const p of updates) {
        if (p.kind !== 'records') continue;
        const before = await loadRecord(tx, p.key);
        if (!before) throw new Error(`Record ${p.key} disappeared during the import.`);
        await newSources(p.input.sources.map((s) => s.source));
        const version = await replaceRecord(tx, p.input, ctx.refs, before.version);
        if (version === null) throw new Error(`Record ${p.key} changed during the import.`);
        audits.push(
          auditRow(change, {
            entityId: p.key,
            action: 'update',
            before: before.input,
            after: p.input,
            version,
          }),
        );
      }
      for (const p of batch) {
        if (p.kind !== 'records') await bumpVersions(tx, ['reference']);
        if (p.kind === 'actors') audits.push(await writeActor(tx, p.input, ctx.existing.has(p.key), change));
        if (p.kind === 'memberships') {
          await newSources([{ ...p.input.source, note: null }]);
          audits.push(await writeMembership(tx, p, ctx.existing.has(p.key), change));
        }
      }
      if (audits.length) await tx.auditEntry.createMany({ data: audits });
      for (const p of creates) ctx.existing.add(p.key);
    },
  };
}

async function writeActor(
  tx: DbTx,
  a: Extract<Parsed, { kind: 'actors' }>['input'],
  exists: boolean,
  change: ChangeContext,
) {
  const before = exists ? await tx.actor.findUnique({ where: { id: a.id } }) : null;
  const row = {
    kind: a.kind,
    nameEn: a.nameEn,
    nameFr: a.nameFr,
    nameEs: a.nameEs,
    nameAr: a.nameAr,
    acronym: a.acronym,
    ...localAcronyms(a.aliases),
    iso2: a.iso2,
    website: a.website,
    searchText: searchText([
      a.id,
      a.nameEn,
      a.nameFr,
      a.nameEs,
      a.nameAr,
      a.acronym,
      ...a.aliases.map((x) => x.alias),
    ]),
  };
  if (before) await tx.actor.update({ where: { id: a.id }, data: row });
  else await tx.actor.create({ data: { id: a.id, ...row } });
  const known = new Set(
    (await tx.actorAlias.findMany({ where: { actorId: a.id } })).map((x) => `${x.lang}|${x.alias}`),
  );
  const fresh = a.aliases.filter((x) => !known.has(`${x.lang}|${x.alias}`));
  if (fresh.length)
    await tx.actorAlias.createMany({
      data: fresh.map((x) => ({ actorId: a.id, lang: x.lang, alias: x.alias, normalized: fold(x.alias) })),
    });
  return auditRow(change, {
    entityType: 'actor',
    entityId: a.id,
    action: before ? 'update' : 'create',
    before,
    after: a,
    version: null,
  });
}

async function writeMembership(
  tx: DbTx,
  p: Extract<Parsed, { kind: 'memberships' }>,
  exists: boolean,
  change: ChangeContext,
) {
  const m = p.input;
  const precision = (d: string | null) =>
    d ? (d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day') : null;
  const row = {
    memberId: m.member,
    bodyId: m.body,
    role: m.role,
    since: m.since,
    sincePrecision: precision(m.since),
    until: m.until,
    untilPrecision: precision(m.until),
    note: m.note,
    sourceId: m.source.id,
  };
  const before = exists ? await tx.membership.findUnique({ where: { id: p.key } }) : null;
  if (before) await tx.membership.update({ where: { id: p.key }, data: row });
  else await tx.membership.create({ data: { id: p.key, ...row } });
  return auditRow(change, {
    entityType: 'membership',
    entityId: p.key,
    action: before ? 'update' : 'create',
    before,
    after: m,
    version: null,
  });
}

export const newBatchId = () => randomUUID();
