// `npm run db:seed`: loads the shipped data into the database named by DATABASE_URL (the embedded
// SQLite file by default). Idempotent: a fingerprint of the data and of the seed code is stored, and
// an unchanged database is left alone. `--force` re-applies the data even when the fingerprint matches.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createDb } from '../../lib/db/client';
import { buildSeedData } from './build';
import { DATA_DIR } from './files';
import { writeSeed } from './write';

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** Hash of every shipped data file and of the seed's own code. */
export function seedFingerprint(): string {
  const h = createHash('sha256');
  const seedDir = path.dirname(new URL(import.meta.url).pathname);
  for (const f of [...listFiles(DATA_DIR), ...listFiles(seedDir).filter((f) => !f.endsWith('.test.ts'))]) {
    h.update(path.relative(process.cwd(), f));
    h.update(fs.readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

function bar(done: number, total: number): string {
  const width = 24;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

async function main() {
  const force = process.argv.includes('--force');
  const quiet = process.argv.includes('--quiet');
  const { db, engine } = createDb();
  try {
    const fingerprint = seedFingerprint();
    const current = await db.dataMeta.findUnique({ where: { key: 'seed.fingerprint' } });
    if (current?.value === fingerprint && !force) {
      if (!quiet) console.log(`Shipped data already loaded (${engine}, fingerprint ${fingerprint}).`);
    } else {
      const started = Date.now();
      console.log(`Loading the shipped data into ${engine}…`);
      const data = buildSeedData();
      const result = await db.$transaction(
        async (tx) => {
          const r = await writeSeed(tx, data, (name, done, total) =>
            console.log(`  ${bar(done, total)} ${name}`),
          );
          const now = new Date().toISOString().slice(0, 10);
          for (const [key, value] of [
            ['seed.fingerprint', fingerprint],
            ['data.loadedOn', now],
          ] as const)
            await tx.dataMeta.upsert({ where: { key }, create: { key, value }, update: { value } });
          return r;
        },
        { timeout: 300_000, maxWait: 30_000 },
      );
      if (result.recordsKept.length)
        console.log(
          `  Kept ${result.recordsKept.length} record(s) edited by staff: ${result.recordsKept.join(', ')}`,
        );
      console.log(`  Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    const counts = {
      actors: await db.actor.count(),
      memberships: await db.membership.count(),
      commitments: await db.commitment.count(),
      topics: await db.topic.count(),
      records: await db.cooperationRecord.count(),
      sources: await db.source.count(),
      stances: await db.stance.count(),
    };
    console.log(
      `  ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(' · ')}`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
