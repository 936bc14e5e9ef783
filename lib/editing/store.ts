// Writes one record's rows: the record row (dates, timeline buckets and search text through the seed's
// recordRow) and the rows hanging off it. Cited sources are created when new and brought up to date
// when the editor changed them (a source is shared by the records citing it).
import type { RecordInput, SourceInput } from '../domain/record-input';
import { parsePartialDate } from '../domain/dates';
import type { DbTx } from '../db/client';
import { addRecords, removeRecords } from '../db/rollups';
import { recordChildRows, recordRow } from '../../prisma/seed/write';
import { searchTextFor, type RefIndex } from './refs';

export function sourceRow(s: SourceInput) {
  return {
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    language: s.language,
    publishedOn: s.publishedOn,
    publishedPrecision: s.publishedOn ? (parsePartialDate(s.publishedOn)?.precision ?? null) : null,
    licence: s.licence,
    note: s.note ?? null,
  };
}

export async function upsertSources(tx: DbTx, sources: SourceInput[]) {
  for (const s of sources) {
    const row = sourceRow(s);
    const existing = await tx.source.findUnique({ where: { id: s.id } });
    if (!existing) await tx.source.create({ data: row });
    else if (
      (Object.keys(row) as Array<keyof typeof row>).some((k) => (existing[k] ?? null) !== (row[k] ?? null))
    )
      await tx.source.update({ where: { id: s.id }, data: row });
  }
}

async function deleteChildren(tx: DbTx, id: string) {
  const where = { recordId: id };
  await tx.recordParticipant.deleteMany({ where });
  await tx.recordPerson.deleteMany({ where });
  await tx.recordTopic.deleteMany({ where });
  await tx.recordCommitment.deleteMany({ where });
  await tx.recordSource.deleteMany({ where });
}

async function createChildren(tx: DbTx, r: RecordInput) {
  const rows = recordChildRows(r);
  await tx.recordParticipant.createMany({ data: rows.participants });
  if (rows.people.length) await tx.recordPerson.createMany({ data: rows.people });
  if (rows.topics.length) await tx.recordTopic.createMany({ data: rows.topics });
  if (rows.commitments.length) await tx.recordCommitment.createMany({ data: rows.commitments });
  await tx.recordSource.createMany({ data: rows.sources });
}

export async function insertRecord(tx: DbTx, r: RecordInput, refs: RefIndex, origin: string) {
  await upsertSources(
    tx,
    r.sources.map((s) => s.source),
  );
  await tx.cooperationRecord.create({ data: recordRow(r, searchTextFor(r, refs), origin) });
  await createChildren(tx, r);
  await addRecords(tx, [r.id]);
}

/**
 * Replaces a record's content if it is still at `expectedVersion` (and not deleted); returns the new
 * version, or null when someone else saved first. The version check and bump are one UPDATE, so two
 * concurrent saves cannot both pass it.
 */
export async function replaceRecord(
  tx: DbTx,
  r: RecordInput,
  refs: RefIndex,
  expectedVersion: number,
): Promise<number | null> {
  const { id: _id, origin: _origin, ...row } = recordRow(r, searchTextFor(r, refs));
  // The record's old contributions leave the rollups before its rows change (and come back if the
  // save is refused).
  await removeRecords(tx, [r.id]);
  const done = await tx.cooperationRecord.updateMany({
    where: { id: r.id, version: expectedVersion, deletedAt: null },
    data: { ...row, version: { increment: 1 } },
  });
  if (done.count === 0) {
    await addRecords(tx, [r.id]);
    return null;
  }
  await upsertSources(
    tx,
    r.sources.map((s) => s.source),
  );
  await deleteChildren(tx, r.id);
  await createChildren(tx, r);
  await addRecords(tx, [r.id]);
  return expectedVersion + 1;
}
