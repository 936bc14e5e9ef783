// A stored record read back in the shape people write it (RecordInput): what the editor form starts
// from, what the audit trail keeps before and after each change, and what a revert writes back.
import { formatAtPrecision } from '../domain/dates';
import type { RecordInput } from '../domain/record-input';
import type { DatePrecision, DateBasis, ParticipantRole, RecordKind } from '../domain/vocab';
import type { DbTx } from '../db/client';

export interface StoredRecord {
  input: RecordInput;
  version: number;
  origin: string;
  deletedAt: Date | null;
  updatedAt: Date;
}

export async function loadRecord(db: DbTx, id: string): Promise<StoredRecord | null> {
  const r = await db.cooperationRecord.findUnique({
    where: { id },
    include: {
      participants: true,
      people: { orderBy: { sortOrder: 'asc' } },
      topics: true,
      commitments: true,
      sources: { orderBy: { sortOrder: 'asc' }, include: { source: true } },
    },
  });
  if (!r) return null;
  const input: RecordInput = {
    id: r.id,
    kind: r.kind as RecordKind,
    title: r.title,
    summary: r.summary,
    date: formatAtPrecision(r.dateStart, r.datePrecision as DatePrecision),
    dateBasis: r.dateBasis as DateBasis,
    endDate: r.endDate ?? null,
    place: r.placeId ?? null,
    participants: r.participants
      .map((p) => ({ actor: p.actorId, role: p.role as ParticipantRole, detail: p.detail ?? null }))
      .sort((a, b) => (a.actor < b.actor ? -1 : 1)),
    people: r.people.map((p) => ({
      name: p.name,
      title: p.title ?? null,
      affiliation: p.affiliationActorId ?? null,
    })),
    topics: r.topics.map((t) => t.topicId).sort(),
    objectives: r.commitments
      .map((c) => /^gcm-(\d+)$/.exec(c.commitmentId))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => Number(m[1]))
      .sort((a, b) => a - b),
    sources: r.sources.map((s) => ({
      source: {
        id: s.source.id,
        publisher: s.source.publisher,
        title: s.source.title,
        url: s.source.url,
        language: s.source.language,
        publishedOn: s.source.publishedOn,
        licence: s.source.licence,
        note: s.source.note ?? null,
      },
      excerpt: s.excerpt,
    })),
    dataNote: r.dataNote ?? null,
  };
  return { input, version: r.version, origin: r.origin, deletedAt: r.deletedAt, updatedAt: r.updatedAt };
}
