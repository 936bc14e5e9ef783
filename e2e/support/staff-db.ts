// Test-only helpers for the staff and assistant specs, run with tsx against the e2e server's database:
// create the signed-in users with the same code as `npm run user:create`, and remove what a spec created.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createDb } from '../../lib/db/client';
import { purgeRecords } from '../../lib/db/rollups';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** The database the e2e server runs on (see scripts/e2e-server.mjs). */
export function e2eDatabaseUrl(): string {
  const url = process.env.DATABASE_URL ?? '';
  return /^postgres/.test(url) ? url : `file:${path.join(root, 'var', 'e2e', 'e2e.db')}`;
}

export function createUser(email: string, role: string, password: string) {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'scripts', 'user-create.ts'),
      '--email',
      email,
      '--role',
      role,
      '--password-stdin',
    ],
    { cwd: root, input: password, encoding: 'utf8', env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() } },
  );
  if (r.status !== 0) throw new Error(`user:create failed: ${r.stdout}${r.stderr}`);
}

export async function cleanup(email: string, recordPrefix: string) {
  const { db } = createDb(e2eDatabaseUrl());
  try {
    await db.auditEntry.deleteMany({ where: { entityId: { startsWith: recordPrefix } } });
    await purgeMatching(db, recordPrefix);
    await db.source.deleteMany({ where: { publisher: { startsWith: 'E2E Press' } } });
    await db.user.deleteMany({ where: { email } });
  } finally {
    await db.$disconnect();
  }
}

/** Removes records under an id prefix, the sources only they cited, their audit entries and the users. */
export async function cleanupRecords(recordPrefix: string, ...emails: string[]) {
  const { db } = createDb(e2eDatabaseUrl());
  try {
    const cited = await db.recordSource.findMany({
      where: { recordId: { startsWith: recordPrefix } },
      select: { sourceId: true },
    });
    await db.auditEntry.deleteMany({ where: { entityId: { startsWith: recordPrefix } } });
    await purgeMatching(db, recordPrefix);
    const stillCited = await db.recordSource.findMany({
      where: { sourceId: { in: cited.map((c) => c.sourceId) } },
      select: { sourceId: true },
    });
    const keep = new Set(stillCited.map((c) => c.sourceId));
    await db.source.deleteMany({
      where: { id: { in: cited.map((c) => c.sourceId).filter((id) => !keep.has(id)) } },
    });
    await db.user.deleteMany({ where: { email: { in: emails } } });
  } finally {
    await db.$disconnect();
  }
}

/** Hard-deletes test records under a prefix, keeping the rollups exact. */
async function purgeMatching(db: ReturnType<typeof createDb>['db'], prefix: string) {
  const ids = await db.cooperationRecord.findMany({
    where: { id: { startsWith: prefix } },
    select: { id: true },
  });
  await purgeRecords(
    db,
    ids.map((r) => r.id),
  );
}
