import 'server-only';
// Answers made only of the reference data (actors, memberships, topics, commitments, stances): the
// filter vocabulary, the filter panel's options in each language, the GCM vote for the map. Every
// dashboard page and embed needs them, and building them took about 10 ms of the server's own thread
// per page (Prisma model queries and their mapping, for data that changes only with an import of
// reference data or a seed). Kept per process while the reference data keeps its version
// (lib/db/data-version.ts): each use checks it with one tiny query, so a change through any instance is
// seen by all at once. Read on the primary: right after an import, a lagging replica would hand back
// the old data under the new version. Values are shared between requests: never mutate them.
import type { DbTx } from '../db/client';
import type { FilterOptions, Lang, MapStances, StanceSetSummary } from '../domain/api';
import { getDb } from './db';
import { listStances, listStanceSets } from './queries/commitments';
import { filterOptions } from './queries/options';
import { perReferenceVersion } from './reference-version';

/** `load(db)` once per version of the reference data (lib/server/reference-version.ts), on `db` or the
 * process's database. */
export function byReferenceVersion<T>(
  key: string,
  load: (db: DbTx) => Promise<T>,
  db: DbTx = getDb().db,
): Promise<T> {
  return perReferenceVersion(key, load, db);
}

/** The filter panel's options in `lang`. */
export function referenceOptions(lang: Lang, db?: DbTx): Promise<FilterOptions> {
  return byReferenceVersion(`options:${lang}`, (d) => filterOptions(d, lang), db);
}

/** The stance sets (GCM vote, champions) with their totals. */
export function referenceStanceSets(lang: Lang, db?: DbTx): Promise<StanceSetSummary[]> {
  return byReferenceVersion(`stance-sets:${lang}`, (d) => listStanceSets(d, lang), db);
}

/** The UN General Assembly vote endorsing the GCM, as the map's second mode shows it (null without it). */
export function gcmVote(lang: Lang, db?: DbTx): Promise<MapStances | null> {
  return byReferenceVersion(
    `gcm-vote:${lang}`,
    async (d) => {
      const [sets, stances] = await Promise.all([
        referenceStanceSets(lang, d),
        listStances(d, 'gcm-endorsement', lang),
      ]);
      const vote = sets.find((s) => s.id === 'gcm-endorsement');
      return vote
        ? {
            items: stances.map((s) => ({ iso3: s.actor.id, position: s.position })),
            source: { title: vote.title, url: vote.source.url, publisher: vote.source.publisher },
          }
        : null;
    },
    db,
  );
}
