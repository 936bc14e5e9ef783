// Frameworks and their commitments, with how many records advance each; stance sets and positions.
import type { Lang, StanceItem, StanceSetSummary } from '../../domain/api';
import type { DbTx } from '../../db/client';
import { actorNameSelect, actorRef, shortFallbackLang, nameIn, objectiveShort, sourceSelect } from '../dto';
import { num, sql } from '../sql';
import { LIVE } from './filter-sql';
import { rollupsEnabled } from './rollup-plan';

export async function listCommitments(db: DbTx, lang: Lang) {
  const [frameworks, counts] = await Promise.all([
    db.framework.findMany({
      orderBy: { id: 'asc' },
      include: {
        source: { select: sourceSelect },
        commitments: {
          orderBy: [{ number: 'asc' }, { code: 'asc' }],
          include: { topics: { select: { topicId: true } }, source: { select: sourceSelect } },
        },
      },
    }),
    // Pre-counted (lib/db/rollups.ts): counting from the records took over a second at 1M records.
    db.$queryRaw<Array<{ id: string; n: unknown }>>(
      rollupsEnabled()
        ? sql`SELECT g.commitment_id AS id, SUM(g.n) AS n FROM agg_commitment_period g GROUP BY g.commitment_id`
        : sql`SELECT c.commitment_id AS id, COUNT(*) AS n FROM record_commitment c JOIN cooperation_record r ON r.id = c.record_id WHERE ${LIVE} GROUP BY c.commitment_id`,
    ),
  ]);
  const recordCount = new Map(counts.map((c) => [c.id, num(c.n)]));
  return frameworks.map((f) => ({
    id: f.id,
    title: nameIn({ nameEn: f.titleEn, nameFr: f.titleFr }, lang),
    short: nameIn({ nameEn: f.shortEn, nameFr: f.shortFr }, lang),
    adoptedOn: f.adoptedOn,
    source: f.source,
    commitments: f.commitments.map((c) => ({
      id: c.id,
      level: c.level,
      number: c.number,
      code: c.code,
      parentId: c.parentId,
      title: c.titleEn,
      /** Official French title where the sources have one; null otherwise (never machine-translated). */
      titleFr: c.titleFr,
      // SDG items have no short label.
      short: c.shortEn ? objectiveShort(c, lang).text : null,
      ...(c.shortEn ? shortFallbackLang(objectiveShort(c, lang), lang) : {}),
      custodians: c.custodians,
      topics: c.topics.map((t) => t.topicId),
      recordCount: recordCount.get(c.id) ?? 0,
      source: c.source,
    })),
  }));
}

export async function listStanceSets(db: DbTx, lang: Lang): Promise<StanceSetSummary[]> {
  const [sets, totals] = await Promise.all([
    db.stanceSet.findMany({ orderBy: { id: 'desc' }, include: { source: { select: sourceSelect } } }),
    db.stance.groupBy({ by: ['setId', 'position'], _count: { _all: true } }),
  ]);
  return sets.map((s) => ({
    id: s.id,
    framework: s.frameworkId,
    title: nameIn({ nameEn: s.titleEn, nameFr: s.titleFr }, lang),
    description: nameIn({ nameEn: s.descriptionEn, nameFr: s.descriptionFr }, lang),
    complete: s.complete,
    completenessNote: s.completenessNote,
    date: s.date,
    recordId: s.recordId,
    source: s.source,
    totals: Object.fromEntries(
      totals.filter((t) => t.setId === s.id).map((t) => [t.position, t._count._all]),
    ),
  }));
}

export async function listStances(db: DbTx, setId: string, lang: Lang): Promise<StanceItem[]> {
  const rows = await db.stance.findMany({
    where: { setId },
    select: {
      position: true,
      date: true,
      evidence: true,
      recordId: true,
      source: { select: sourceSelect },
      actor: { select: actorNameSelect },
    },
  });
  return rows
    .map((s) => ({ ...s, actor: actorRef(s.actor, lang) }))
    .sort((a, b) => a.actor.name.localeCompare(b.actor.name, lang));
}
