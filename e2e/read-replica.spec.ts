// A deployment with a PostgreSQL read replica (DATABASE_REPLICA_URLS): anonymous readers are served from
// the replica, signed-in staff and API token holders from the primary, so writers always see their own
// writes. Runs when E2E_REPLICA_URL names a hot standby of DATABASE_URL (`scripts/pg-server.sh replica`;
// .ci/run starts one for the PostgreSQL run). It starts its own server on the production build with the
// replica configured, and pauses the standby's replay so that "served from the replica" is visible: a
// record written meanwhile is missing there and present on the primary.
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { createApiToken } from '../lib/auth/tokens';
import { createDb, type Db } from '../lib/db/client';
import { purgeRecords } from '../lib/db/rollups';
import { sampleRecord } from '../test/sample-record';
import { startServer, type RunningServer } from '../bench/server';

const REPLICA = process.env.E2E_REPLICA_URL ?? '';
const PRIMARY = process.env.DATABASE_URL ?? '';
const PORT = Number(process.env.E2E_REPLICA_PORT || 3290);

/** The standby as its superuser (the throw-away servers of scripts/pg-server.sh trust local users). */
function superuserUrl(url: string): string {
  const u = new URL(url);
  u.username = 'postgres';
  u.password = '';
  return u.toString();
}

test.describe('a deployment with a read replica', () => {
  test.skip(
    !REPLICA || !/^postgres/.test(PRIMARY),
    'needs DATABASE_URL (PostgreSQL) and E2E_REPLICA_URL, a standby of it (scripts/pg-server.sh replica)',
  );
  test.describe.configure({ mode: 'serial', timeout: 90_000 });

  let server: RunningServer;
  let standby: pg.Client;
  const id = `e2e-replica-${Date.now().toString(36)}`;
  let primary: Db;
  let tokenId: string | null = null;

  test.beforeAll(async () => {
    primary = createDb(PRIMARY).db;
    standby = new pg.Client({ connectionString: superuserUrl(REPLICA) });
    await standby.connect();
    server = await startServer(PRIMARY, PORT, { DATABASE_REPLICA_URLS: REPLICA });
  });

  test.afterAll(async () => {
    await standby?.query('SELECT pg_wal_replay_resume()').catch(() => {});
    await standby?.end();
    await server?.stop();
    if (!primary) return;
    await purgeRecords(primary, [id]);
    await primary.auditEntry.deleteMany({ where: { entityId: { startsWith: id } } });
    await primary.source.deleteMany({ where: { id: `${id}-src` } });
    if (tokenId) await primary.apiToken.deleteMany({ where: { id: tokenId } });
    await primary.$disconnect();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}${path}`, { headers });

  test('anonymous readers read the replica; signed-in readers and tokens read the primary', async () => {
    const health = await get('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'postgres', replica: true });

    // Freeze the replica: what is written from now on reaches only the primary.
    await standby.query('SELECT pg_wal_replay_pause()');
    await expect
      .poll(async () => (await standby.query('SELECT pg_get_wal_replay_pause_state() AS s')).rows[0].s)
      .toBe('paused');
    const before = await get('/api/v1/summary');
    const embedBefore = (await get('/embed/timeline')).headers.get('etag');
    expect(embedBefore).toBeTruthy();
    const beforeEtag = before.headers.get('etag');
    const beforeCount = ((await before.json()) as { records: number }).records;

    const { token, info } = await createApiToken(primary, {
      name: 'e2e read replica (removed)',
      role: 'editor',
    });
    tokenId = info.id;
    const created = await fetch(`${server.origin}/api/v1/records`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(sampleRecord(id, { title: `Replica check ${id}` })),
    });
    expect(created.status).toBe(201);

    // The writer (its token) and a signed-in reader (a session cookie) see it at once: the primary.
    expect((await get(`/api/v1/records/${id}`, { authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await get(`/api/v1/records/${id}`, { cookie: 'atlas.session_token=any' })).status).toBe(200);
    // An anonymous reader is served by the paused replica: not there yet, in the API or on its page,
    // and the counts and their ETag are the replica's, unchanged.
    expect((await get(`/api/v1/records/${id}`)).status).toBe(404);
    expect((await get(`/records/${id}`)).status).toBe(404);
    const during = await get('/api/v1/summary');
    expect(((await during.json()) as { records: number }).records).toBe(beforeCount);
    expect(during.headers.get('etag')).toBe(beforeEtag);
    expect((await get('/api/v1/summary', { 'if-none-match': beforeEtag ?? '' })).status).toBe(304);
    // An embed's ETag comes from the same replica as its page: unchanged too.
    expect((await get('/embed/timeline')).headers.get('etag')).toBe(embedBefore);

    // Once the replica replays the write, anonymous readers get it, with a new ETag.
    await standby.query('SELECT pg_wal_replay_resume()');
    await expect.poll(async () => (await get(`/api/v1/records/${id}`)).status, { timeout: 20_000 }).toBe(200);
    const after = await get('/api/v1/summary', { 'if-none-match': beforeEtag ?? '' });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(beforeEtag);
    expect((await get('/embed/timeline')).headers.get('etag')).not.toBe(embedBefore);
  });
});
