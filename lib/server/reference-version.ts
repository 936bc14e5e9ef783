// Values made only of the reference data (actors, places, memberships, topics, commitments, stances),
// kept per process while the reference data keeps its version (lib/db/data-version.ts: the seed and
// every import of reference data give it a new one). Each use checks the version with one tiny query, so
// a change through any instance is seen by all at once. Not `server-only`: the query functions that use
// it also run in scripts and the benchmark. Values are shared between requests: never mutate them.
import { cache } from 'react';
import { readVersion } from '../db/data-version';
import type { DbTx } from '../db/client';

const entries = new Map<string, { version: string; value: Promise<unknown> }>();

/**
 * The version, read once per page: React keeps the answer for the rest of a Server Component render
 * (every value of one page then also comes from one version). Outside a render (route handlers,
 * scripts, tests) every call reads it.
 */
export const referenceVersion = cache((db: DbTx) => readVersion(db, 'reference'));

/**
 * `load(db)` once per version of the reference data (a failed load is not kept). `version`: the one the
 * caller has just read, for several values read together.
 */
export async function perReferenceVersion<T>(
  key: string,
  load: (db: DbTx) => Promise<T>,
  db: DbTx,
  version?: string,
): Promise<T> {
  const current = version ?? (await referenceVersion(db));
  const hit = entries.get(key);
  if (hit && hit.version === current) return hit.value as Promise<T>;
  const entry = { version: current, value: load(db) };
  entries.set(key, entry);
  entry.value.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  return entry.value as Promise<T>;
}
