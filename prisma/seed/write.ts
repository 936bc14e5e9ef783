// Writes SeedData idempotently: rows are keyed by stable ids, missing rows are created, existing
// seed-owned rows are brought up to date, and nothing is ever deleted. Records that staff have
// edited (origin other than "seed", or version above 1) are left exactly as they are.
import { parsePartialDate } from '../../lib/domain/dates';
import type { RecordInput } from '../../lib/domain/record-input';
import { recordSearchText, type NamedInLanguages } from '../../lib/domain/search-text';
import { fold, searchText } from '../../lib/text/fold';
import type { DbTx } from '../../lib/db/client';
import { bumpVersions } from '../../lib/db/data-version';
import { rebuildRollups } from '../../lib/db/rollups';
import type { SeedData } from './model';

export type Progress = (step: string, done: number, total: number) => void;

const BATCH = 400;

async function inBatches<T>(rows: T[], fn: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await fn(rows.slice(i, i + BATCH));
}

/** Creates rows whose id is new, updates the others one by one. */
async function upsertById<T extends { id: string }>(
  existingIds: Set<string>,
  rows: T[],
  create: (batch: T[]) => Promise<unknown>,
  update: (row: T) => Promise<unknown>,
) {
  const fresh = rows.filter((r) => !existingIds.has(r.id));
  const known = rows.filter((r) => existingIds.has(r.id));
  await inBatches(fresh, create);
  for (const r of known) await update(r);
  return { created: fresh.length, updated: known.length };
}

const ids = async (rows: Promise<Array<{ id: string }>>) => new Set((await rows).map((r) => r.id));

export async function writeSeed(
  tx: DbTx,
  d: SeedData,
  progress: Progress,
): Promise<{ recordsKept: string[] }> {
  const steps = 10;
  let step = 0;
  const next = (name: string) => progress(name, ++step, steps);

  next('sources');
  const sources = [...d.sources.values()].map((s) => ({
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    language: s.language,
    publishedOn: s.publishedOn,
    publishedPrecision: s.publishedOn ? parsePartialDate(s.publishedOn)!.precision : null,
    licence: s.licence,
    note: s.note ?? null,
  }));
  await upsertById(
    await ids(tx.source.findMany({ select: { id: true } })),
    sources,
    (b) => tx.source.createMany({ data: b }),
    (r) => tx.source.update({ where: { id: r.id }, data: r }),
  );

  next('actors');
  const aliasesOf = new Map<string, string[]>();
  for (const a of d.aliases) aliasesOf.set(a.actorId, [...(aliasesOf.get(a.actorId) ?? []), a.alias]);
  const actors = d.actors.map((a) => ({
    ...a,
    searchText: searchText([a.id, a.nameEn, ...(aliasesOf.get(a.id) ?? [])]),
  }));
  await upsertById(
    await ids(tx.actor.findMany({ select: { id: true } })),
    actors,
    (b) => tx.actor.createMany({ data: b }),
    (r) => tx.actor.update({ where: { id: r.id }, data: r }),
  );

  next('aliases');
  const existingAliases = new Set(
    (await tx.actorAlias.findMany({ select: { actorId: true, lang: true, alias: true } })).map(
      (a) => `${a.actorId}|${a.lang}|${a.alias}`,
    ),
  );
  const newAliases = d.aliases
    .filter((a) => !existingAliases.has(`${a.actorId}|${a.lang}|${a.alias}`))
    .map((a) => ({ ...a, normalized: fold(a.alias) }));
  await inBatches(newAliases, (b) => tx.actorAlias.createMany({ data: b }));

  next('places');
  await upsertById(
    await ids(tx.place.findMany({ select: { id: true } })),
    d.places,
    (b) => tx.place.createMany({ data: b }),
    (r) => tx.place.update({ where: { id: r.id }, data: r }),
  );

  next('frameworks and commitments');
  await upsertById(
    await ids(tx.framework.findMany({ select: { id: true } })),
    d.frameworks,
    (b) => tx.framework.createMany({ data: b }),
    (r) => tx.framework.update({ where: { id: r.id }, data: r }),
  );
  // Parents before children: targets are listed before their indicators.
  const existingCommitments = await ids(tx.commitment.findMany({ select: { id: true } }));
  for (const c of d.commitments) {
    if (existingCommitments.has(c.id)) await tx.commitment.update({ where: { id: c.id }, data: c });
    else await tx.commitment.create({ data: c });
  }

  next('topics');
  await upsertById(
    await ids(tx.topic.findMany({ select: { id: true } })),
    d.topics.map(({ objectives: _o, ...t }) => t),
    (b) => tx.topic.createMany({ data: b }),
    (r) => tx.topic.update({ where: { id: r.id }, data: r }),
  );
  const links = new Set((await tx.topicCommitment.findMany()).map((l) => `${l.topicId}|${l.commitmentId}`));
  const newLinks = d.topics
    .flatMap((t) => t.objectives.map((n) => ({ topicId: t.id, commitmentId: `gcm-${n}` })))
    .filter((l) => !links.has(`${l.topicId}|${l.commitmentId}`));
  if (newLinks.length) await tx.topicCommitment.createMany({ data: newLinks });

  next('memberships');
  await upsertById(
    await ids(tx.membership.findMany({ select: { id: true } })),
    d.memberships,
    (b) => tx.membership.createMany({ data: b }),
    (r) => tx.membership.update({ where: { id: r.id }, data: r }),
  );
  await upsertById(
    await ids(tx.memberCount.findMany({ select: { id: true } })),
    d.memberCounts,
    (b) => tx.memberCount.createMany({ data: b }),
    (r) => tx.memberCount.update({ where: { id: r.id }, data: r }),
  );

  next('records');
  const actorById = new Map(d.actors.map((a) => [a.id, a]));
  const placeById = new Map(d.places.map((p) => [p.id, p]));
  const existing = new Map(
    (await tx.cooperationRecord.findMany({ select: { id: true, origin: true, version: true } })).map((r) => [
      r.id,
      r,
    ]),
  );
  const recordsKept: string[] = [];
  for (const [i, r] of d.records.entries()) {
    const prior = existing.get(r.id);
    if (prior && (prior.origin !== 'seed' || prior.version > 1)) {
      recordsKept.push(r.id);
      continue;
    }
    if (prior) await tx.cooperationRecord.delete({ where: { id: r.id } });
    const place = r.place ? placeById.get(r.place) : undefined;
    await tx.cooperationRecord.create({
      data: recordRow(
        r,
        recordSearchText(r, place, place ? actorById.get(place.countryId) : undefined, (id) => ({
          names: actorById.get(id) as NamedInLanguages | undefined,
          aliases: aliasesOf.get(id) ?? [],
        })),
      ),
    });
    const rows = recordChildRows(r);
    await tx.recordParticipant.createMany({ data: rows.participants });
    if (rows.people.length) await tx.recordPerson.createMany({ data: rows.people });
    if (rows.topics.length) await tx.recordTopic.createMany({ data: rows.topics });
    if (rows.commitments.length) await tx.recordCommitment.createMany({ data: rows.commitments });
    await tx.recordSource.createMany({ data: rows.sources });
    if ((i + 1) % 10 === 0) progress(`records ${i + 1}/${d.records.length}`, step, steps);
  }

  next('stances');
  for (const s of d.stanceSets) {
    await tx.stanceSet.upsert({ where: { id: s.id }, create: s, update: s });
  }
  await upsertById(
    await ids(tx.stance.findMany({ select: { id: true } })),
    d.stances,
    (b) => tx.stance.createMany({ data: b }),
    (r) => tx.stance.update({ where: { id: r.id }, data: r }),
  );

  // The seed may replace many records at once: recount the rollups rather than patch them.
  await rebuildRollups(tx);
  await bumpVersions(tx, ['reference']);
  next('done');
  return { recordsKept };
}

/** The cooperation_record row of a record: dates with precision, timeline buckets, search text. */
export function recordRow(r: RecordInput, search: string, origin = 'seed') {
  const date = parsePartialDate(r.date)!;
  const end = r.endDate ? parsePartialDate(r.endDate)! : null;
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    summary: r.summary,
    dateStart: date.start,
    dateEnd: end ? end.end : date.end,
    datePrecision: date.precision,
    endDate: end ? end.value : null,
    endPrecision: end ? end.precision : null,
    dateBasis: r.dateBasis,
    year: date.year,
    month: date.month,
    placeId: r.place ?? null,
    dataNote: r.dataNote ?? null,
    searchText: search,
    origin,
    // Whether the record runs into a later month than it starts (rollups check period edges for these).
    spansMonths:
      (end ? end.end : date.end).slice(0, 7) !== date.start.slice(0, 7) && date.precision !== 'year',
  };
}

/** The rows that hang off a record (participants, people, topics, objectives, cited sources). */
export function recordChildRows(r: RecordInput) {
  return {
    participants: r.participants.map((p) => ({
      recordId: r.id,
      actorId: p.actor,
      role: p.role,
      detail: p.detail ?? null,
    })),
    people: r.people.map((p, sortOrder) => ({
      recordId: r.id,
      name: p.name,
      title: p.title ?? null,
      affiliationActorId: p.affiliation ?? null,
      sortOrder,
    })),
    topics: r.topics.map((topicId) => ({ recordId: r.id, topicId })),
    commitments: r.objectives.map((n) => ({ recordId: r.id, commitmentId: `gcm-${n}` })),
    sources: r.sources.map((s, sortOrder) => ({
      recordId: r.id,
      sourceId: s.source.id,
      excerpt: s.excerpt,
      sortOrder,
    })),
  };
}
