import 'server-only';
// The allowed filter values (the FilterVocabulary the URL parser validates against), read from the
// database and kept for a minute; writes call invalidateVocabulary().
import { BLOC_MEMBER_ROLES } from '../domain/vocab';
import type { FilterVocabulary } from '../url/filter-params';
import type { DbTx } from '../db/client';
import { loadVocabulary } from './queries/vocabulary';
import { getDb } from './db';

let cached: { at: number; value: Promise<FilterVocabulary> } | null = null;
const TTL_MS = 60_000;

export function getVocabulary(db: DbTx = getDb().db): Promise<FilterVocabulary> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const value = loadVocabulary(db, BLOC_MEMBER_ROLES);
    cached = { at: Date.now(), value };
    value.catch(() => {
      cached = null;
    });
  }
  return cached.value;
}

export function invalidateVocabulary() {
  cached = null;
}
