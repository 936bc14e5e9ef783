// The approach the product avoids, measured for comparison: load the filtered records through Prisma
// (with their participants) and aggregate them in JavaScript.
import { parsePartialDate } from '../lib/domain/dates';
import type { RecordFilter } from '../lib/domain/filter';
import type { Db } from '../lib/db/client';

function whereOf(f: RecordFilter) {
  const and: object[] = [{ deletedAt: null }];
  if (f.country.length) and.push({ participants: { some: { actorId: { in: f.country } } } });
  if (f.actor.length) and.push({ participants: { some: { actorId: { in: f.actor } } } });
  if (f.topic.length) and.push({ topics: { some: { topicId: { in: f.topic } } } });
  if (f.objective.length)
    and.push({ commitments: { some: { commitmentId: { in: f.objective.map((n) => `gcm-${n}`) } } } });
  if (f.kind.length) and.push({ kind: { in: f.kind } });
  if (f.from) and.push({ dateEnd: { gte: parsePartialDate(f.from)!.start } });
  if (f.to) and.push({ dateStart: { lte: parsePartialDate(f.to)!.end } });
  if (f.q) and.push({ searchText: { contains: f.q.toLowerCase() } });
  return { AND: and };
}

async function load(db: Db, f: RecordFilter) {
  return db.cooperationRecord.findMany({
    where: whereOf(f),
    select: {
      id: true,
      kind: true,
      year: true,
      participants: { select: { actorId: true, actor: { select: { kind: true } } } },
    },
  });
}

export async function naiveTimeline(db: Db, f: RecordFilter) {
  const rows = await load(db, f);
  const buckets = new Map<number, Record<string, number>>();
  for (const r of rows) {
    const b = buckets.get(r.year) ?? {};
    b[r.kind] = (b[r.kind] ?? 0) + 1;
    buckets.set(r.year, b);
  }
  return buckets;
}

export async function naiveMap(db: Db, f: RecordFilter) {
  const rows = await load(db, f);
  const counts = new Map<string, number>();
  for (const r of rows)
    for (const p of r.participants)
      if (p.actor.kind === 'state') counts.set(p.actorId, (counts.get(p.actorId) ?? 0) + 1);
  return counts;
}

export async function naiveNetwork(db: Db, f: RecordFilter, limit = 150) {
  const rows = await load(db, f);
  const degree = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const r of rows) {
    const ids = r.participants.map((p) => p.actorId).sort();
    for (const id of ids) degree.set(id, (degree.get(id) ?? 0) + 1);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        pairs.set(`${ids[i]}|${ids[j]}`, (pairs.get(`${ids[i]}|${ids[j]}`) ?? 0) + 1);
  }
  const kept = new Set(
    [...degree.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([id]) => id),
  );
  return [...pairs.entries()].filter(([k]) => {
    const [a, b] = k.split('|');
    return kept.has(a!) && kept.has(b!);
  });
}
