import 'server-only';
// The allowed filter values (the FilterVocabulary the URL parser validates against), read from the
// database and kept while the reference data (actors, memberships, topics) keeps its version
// (lib/db/data-version.ts). Every instance checks that version, one tiny query, so an actor imported
// through one instance is a valid filter on all of them at once.
import { readVersion } from '../db/data-version';
import { BLOC_MEMBER_ROLES } from '../domain/vocab';
import type { FilterVocabulary } from '../url/filter-params';
import type { DbTx } from '../db/client';
import { loadVocabulary } from './queries/vocabulary';
import { getDb } from './db';

let cached: { version: string; value: Promise<FilterVocabulary> } | null = null;

/** Read on the primary: right after an import, a lagging replica would hand back the old vocabulary. */
export async function getVocabulary(db: DbTx = getDb().db): Promise<FilterVocabulary> {
  const version = await readVersion(db, 'reference');
  if (!cached || cached.version !== version) {
    const value = loadVocabulary(db, BLOC_MEMBER_ROLES);
    const entry = { version, value };
    cached = entry;
    value.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return cached.value;
}
