import type { FilterVocabulary } from '../../url/filter-params';
import type { DbTx } from '../../db/client';

export async function loadVocabulary(db: DbTx, blocRoles: readonly string[]): Promise<FilterVocabulary> {
  const [actors, bodies, topics] = await Promise.all([
    db.actor.findMany({ select: { id: true, kind: true } }),
    db.membership.findMany({
      where: { role: { in: [...blocRoles] } },
      select: { bodyId: true },
      distinct: ['bodyId'],
    }),
    db.topic.findMany({ select: { id: true } }),
  ]);
  return {
    countries: new Set(actors.filter((a) => a.kind === 'state').map((a) => a.id)),
    actors: new Set(actors.map((a) => a.id)),
    blocs: new Set(bodies.map((b) => b.bodyId)),
    topics: new Set(topics.map((t) => t.id)),
  };
}
