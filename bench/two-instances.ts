// Two app instances on one PostgreSQL database behave as stateless replicas (npm run bench:two-instances,
// DATABASE_URL=postgresql://… required). Sets the database up as a first start does (migrations, shipped
// data), starts two `next start` processes on different ports with the same secret, then checks:
//   (a) the same read gets the same answer and the same ETag from both, and one's ETag revalidates on
//       the other (304);
//   (b) a record written through A (API token, POST /api/v1/records) is visible on B at once; B's ETags
//       for the reads it affects change (a request with the old ETag gets 200, not 304); a read it does
//       not affect keeps its ETag (304). Deleting it through A and revoking the token show on B too;
//   (c) a load test on both at once (autocannon, 50 connections for 10 s on each) has no errors.
// Then removes what it wrote and stops both. Prints PASS/FAIL/INFO lines; exits 1 on any FAIL.
// Options: --port-a 3410 --port-b 3411 --connections 50 --duration 10
import { randomBytes } from 'node:crypto';
import { createApiToken, revokeApiToken } from '../lib/auth/tokens';
import { createDb } from '../lib/db/client';
import { purgeRecords } from '../lib/db/rollups';
import { sampleRecord } from '../test/sample-record';
import { setupDatabase } from './load';
import { filtersFromServer, loadTargets, loadTestClean, loadTestTables, runLoadTest } from './loadtest';
import { startServer, type RunningServer } from './server';

const argv = process.argv.slice(2);
const num = (name: string, def: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : def;
};

let failures = 0;
function check(ok: boolean, what: string, detail = '') {
  if (!ok) failures++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}${detail ? ` (${detail})` : ''}`);
}
const info = (what: string) => console.log(`INFO ${what}`);

interface Answer {
  status: number;
  etag: string | null;
  body: string;
}

async function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const r = await fetch(`${origin}${path}`, { headers });
  return { status: r.status, etag: r.headers.get('etag'), body: await r.text() };
}

/** A conditional GET with an earlier ETag. */
const revalidate = (origin: string, path: string, etag: string | null) =>
  get(origin, path, etag ? { 'if-none-match': etag } : {});

/** The record written through instance A (test/sample-record.ts, marked as the check's own). */
const checkRecord = (id: string) =>
  sampleRecord(id, {
    title: `Two-instance check ${id}`,
    summary: 'Written by bench/two-instances.ts and removed when it finishes.',
  });

/** Reads the record affects (VNM and iom take part, 2024) and reads it does not. */
const AFFECTED = [
  '/api/v1/summary',
  '/api/v1/records?pageSize=25',
  '/api/v1/map?country=VNM',
  '/api/v1/timeline?interval=auto',
  '/api/v1/network',
];
/** Answers about one thing, whose ETag is the hash of the answer: another record, an actor not in it. */
/** Reads the record does not change: one thing each, and collections and aggregates. */
const UNAFFECTED = [
  '/api/v1/records/membership-apec-1991-11-member',
  '/api/v1/actors/CHN',
  '/api/v1/actors?kind=igo',
  '/api/v1/map?country=CHN',
];

async function consistentReads(a: RunningServer, b: RunningServer) {
  console.log('\n(a) Same answers and ETags on both instances');
  for (const path of [...AFFECTED, ...UNAFFECTED]) {
    const [ra, rb] = [await get(a.origin, path), await get(b.origin, path)];
    check(
      ra.status === 200 && rb.status === 200 && ra.body === rb.body && !!ra.etag && ra.etag === rb.etag,
      `GET ${path}: same 200 answer and ETag from A and B`,
      `${ra.status}/${rb.status}, ETag ${ra.etag} / ${rb.etag}`,
    );
    const cross = await revalidate(b.origin, path, ra.etag);
    check(cross.status === 304, `GET ${path} on B with A's ETag: 304`, `got ${cross.status}`);
  }
}

async function writeThroughA(a: RunningServer, b: RunningServer, url: string) {
  console.log('\n(b) A write through A, seen from B');
  const { db } = createDb(url);
  const id = `bench-two-instances-${Date.now().toString(36)}`;
  const { token, info: tokenInfo } = await createApiToken(db, {
    name: 'bench/two-instances (removed at the end)',
    role: 'editor',
  });
  const auth = { authorization: `Bearer ${token}` };
  try {
    const before = new Map<string, Answer>();
    for (const path of [...AFFECTED, ...UNAFFECTED]) before.set(path, await get(b.origin, path));
    const countBefore = (JSON.parse(before.get('/api/v1/summary')!.body) as { records: number }).records;

    const created = await fetch(`${a.origin}/api/v1/records`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(checkRecord(id)),
    });
    check(
      created.status === 201,
      'POST /api/v1/records on A with an editor token: 201',
      `got ${created.status}`,
    );
    if (created.status !== 201) {
      console.log(await created.text());
      return;
    }

    const seen = await get(b.origin, `/api/v1/records/${id}`);
    check(
      seen.status === 200 && seen.body.includes(id),
      'the new record is readable on B at once',
      `got ${seen.status}`,
    );
    const summary = await get(b.origin, '/api/v1/summary');
    const countAfter = (JSON.parse(summary.body) as { records: number }).records;
    check(countAfter === countBefore + 1, 'B counts it in /api/v1/summary', `${countBefore} → ${countAfter}`);

    for (const path of AFFECTED) {
      const old = before.get(path)!;
      const r = await revalidate(b.origin, path, old.etag);
      check(
        r.status === 200 && !!r.etag && r.etag !== old.etag,
        `GET ${path} on B with the ETag from before the write: 200 with a new ETag`,
        `got ${r.status}, ETag ${old.etag} → ${r.etag}`,
      );
    }
    for (const path of UNAFFECTED) {
      const old = before.get(path)!;
      const r = await revalidate(b.origin, path, old.etag);
      check(
        r.status === 304,
        `GET ${path} on B (not affected) with its old ETag: still 304`,
        `got ${r.status}`,
      );
    }
    // Clean-up through the API: a delete through A is seen by B, as is the token's revocation.
    const version = (JSON.parse(seen.body) as { version: number }).version;
    const del = await fetch(`${a.origin}/api/v1/records/${id}?version=${version}`, {
      method: 'DELETE',
      headers: auth,
    });
    check(del.status === 200, 'DELETE /api/v1/records/{id} on A: 200', `got ${del.status}`);
    const gone = await get(b.origin, `/api/v1/records/${id}`);
    check(gone.status === 404, 'the deleted record is gone on B at once', `got ${gone.status}`);
    const back = (JSON.parse((await get(b.origin, '/api/v1/summary')).body) as { records: number }).records;
    check(back === countBefore, 'B counts it no more', `${countAfter} → ${back}`);
    await revokeApiToken(db, tokenInfo.id);
    const refused = await fetch(`${b.origin}/api/v1/records`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(checkRecord(`${id}-after-revoke`)),
    });
    check(refused.status === 401, 'B refuses the revoked token at once', `got ${refused.status}`);
  } finally {
    // Leave the database as it was: the soft-deleted record, its source and audit entries, the token.
    await purgeRecords(db, [id]);
    await db.auditEntry.deleteMany({ where: { entityId: { startsWith: id } } });
    await db.source.deleteMany({ where: { id: `${id}-src` } });
    await db.apiToken.deleteMany({ where: { id: tokenInfo.id } });
    await db.$disconnect();
  }
}

async function loadBoth(a: RunningServer, b: RunningServer) {
  const connections = num('connections', 50);
  const duration = num('duration', 10);
  console.log(`\n(c) Load on both at once: ${connections} connections for ${duration} s on each`);
  const targets = loadTargets(await filtersFromServer(a.origin));
  const [ra, rb] = await Promise.all([
    runLoadTest({ origins: [a.origin], targets, connections, duration, title: 'instance A' }),
    runLoadTest({ origins: [b.origin], targets, connections, duration, title: 'instance B' }),
  ]);
  console.log(`\n${loadTestTables([ra, rb])}\n`);
  console.log(ra.note);
  for (const r of [ra, rb])
    check(
      loadTestClean(r),
      `${r.title}: ${r.requests.toLocaleString('en')} answers, no errors, no timeouts, only 2xx`,
      `p99 ${r.latency.p99.toFixed(0)} ms, ${r.requestsPerSecond.toFixed(0)} req/s, ${r.errors} errors (${r.timeouts} timeouts), ${r.non2xx} non-2xx`,
    );
  return [ra, rb];
}

async function main() {
  const url = process.env.DATABASE_URL ?? '';
  if (!/^postgres(ql)?:\/\//.test(url)) {
    console.error(
      'Set DATABASE_URL to a PostgreSQL database (e.g. scripts/pg-server.sh start /tmp/pg 5470 prints one).',
    );
    process.exit(2);
  }
  const started = Date.now();
  console.log('Setting the database up (migrations, shipped data)…');
  setupDatabase(url);
  // One secret for both, as a deployment would set it: session cookies must verify on every instance.
  const env = { BETTER_AUTH_SECRET: randomBytes(32).toString('hex') };
  const a = await startServer(url, num('port-a', 3410), env);
  const b = await startServer(url, num('port-b', 3411), env);
  try {
    for (const s of [a, b]) {
      const r = await fetch(`${s.origin}/api/health`).catch(() => null);
      check(r?.status === 200, `${s.origin} is up`, r ? `status ${r.status}` : 'no answer');
    }
    if (failures) return;
    await consistentReads(a, b);
    await writeThroughA(a, b, url);
    await loadBoth(a, b);
    info(`peak memory: A ${a.peakMemoryMb() ?? '?'} MB, B ${b.peakMemoryMb() ?? '?'} MB`);
  } finally {
    await a.stop();
    await b.stop();
  }
  console.log(
    `\n${failures ? `${failures} check(s) FAILED` : 'All checks passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
}

main()
  .then(() => process.exit(failures ? 1 : 0))
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
