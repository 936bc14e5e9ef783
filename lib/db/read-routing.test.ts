import { describe, expect, it } from 'vitest';
import { createDb, replicaUrlsFromEnv } from './client';
import { readsFromPrimary } from './read-routing';

const h = (init: Record<string, string>) => new Headers(init);

describe('who reads from the primary when there is a read replica', () => {
  it('anyone signed in (the session cookie, also on HTTPS) or holding an API token', () => {
    expect(readsFromPrimary(h({ cookie: 'atlas.session_token=abc' }))).toBe(true);
    expect(readsFromPrimary(h({ cookie: 'NEXT_LOCALE=fr; __Secure-atlas.session_token=abc' }))).toBe(true);
    expect(readsFromPrimary(h({ authorization: 'Bearer xyz' }))).toBe(true);
  });

  it('not anonymous readers, whatever other cookies they carry', () => {
    expect(readsFromPrimary(h({}))).toBe(false);
    expect(readsFromPrimary(h({ cookie: 'NEXT_LOCALE=fr' }))).toBe(false);
    // Another cookie whose name merely ends like the session's is not a session.
    expect(readsFromPrimary(h({ cookie: 'xatlas.session_token=abc' }))).toBe(false);
    expect(readsFromPrimary(h({ cookie: 'atlas.session_token_other=abc' }))).toBe(false);
  });
});

describe('replica configuration', () => {
  it('reads DATABASE_REPLICA_URLS as a comma-separated list', () => {
    expect(replicaUrlsFromEnv({})).toEqual([]);
    expect(
      replicaUrlsFromEnv({
        DATABASE_REPLICA_URLS: ' postgresql://a/x , postgresql://b/x,',
      }),
    ).toEqual(['postgresql://a/x', 'postgresql://b/x']);
  });

  it('refuses replicas for SQLite, and replica URLs that are not PostgreSQL, with a message', () => {
    expect(() => createDb('file:./var/none.db', { replicaUrls: ['postgresql://r/x'] })).toThrow(
      /DATABASE_REPLICA_URLS is for PostgreSQL/,
    );
    expect(() => createDb('postgresql://p/x', { replicaUrls: ['file:./r.db'] })).toThrow(
      /must be postgresql:\/\/ URLs/,
    );
  });
});
