import 'server-only';
// The allowed filter values (the FilterVocabulary the URL parser validates against), read from the
// database and kept while the reference data (actors, memberships, topics) keeps its version
// (lib/server/reference-cache.ts), so an actor imported through one instance is a valid filter on all
// of them at once.
import { BLOC_MEMBER_ROLES } from '../domain/vocab';
import type { FilterVocabulary } from '../url/filter-params';
import type { DbTx } from '../db/client';
import { loadVocabulary } from './queries/vocabulary';
import { byReferenceVersion } from './reference-cache';

export function getVocabulary(db?: DbTx): Promise<FilterVocabulary> {
  return byReferenceVersion('vocabulary', (d) => loadVocabulary(d, BLOC_MEMBER_ROLES), db);
}
