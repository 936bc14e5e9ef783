import type { Lang } from '../../domain/api';
import type { DbTx } from '../../db/client';
import { fallbackLang, labelIn } from '../dto';
import { num, sql } from '../sql';
import { LIVE } from './filter-sql';
import { rollupsEnabled } from './rollup-plan';

export async function listTopics(db: DbTx, lang: Lang) {
  const [topics, counts] = await Promise.all([
    db.topic.findMany({
      orderBy: { sortOrder: 'asc' },
      include: { commitments: { select: { commitment: { select: { number: true } } } } },
    }),
    // Pre-counted (lib/db/rollups.ts): counting from the records took a second at 1M records.
    db.$queryRaw<Array<{ id: string; n: unknown }>>(
      rollupsEnabled()
        ? sql`SELECT g.topic_id AS id, SUM(g.n) AS n FROM agg_topic_period g GROUP BY g.topic_id`
        : sql`SELECT t.topic_id AS id, COUNT(*) AS n FROM record_topic t JOIN cooperation_record r ON r.id = t.record_id WHERE ${LIVE} GROUP BY t.topic_id`,
    ),
  ]);
  const recordCount = new Map(counts.map((c) => [c.id, num(c.n)]));
  return topics.map((t) => ({
    id: t.id,
    name: labelIn(t, lang).text,
    ...fallbackLang(labelIn(t, lang), lang),
    description: t.descriptionEn,
    objectives: t.commitments
      .map((c) => c.commitment.number)
      .filter((n): n is number => n !== null)
      .sort((a, b) => a - b),
    recordCount: recordCount.get(t.id) ?? 0,
  }));
}
