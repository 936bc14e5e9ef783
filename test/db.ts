// A database for one test file: a private copy of the seeded SQLite template, or the shared
// PostgreSQL database of this run (tests that write must clean up after themselves).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createDb, type DbHandle } from '../lib/db/client';

const TEMPLATE = path.resolve(process.cwd(), 'var', 'test', 'template.db');

/** `file`: the SQLite copy's path (for a second client on it), undefined on PostgreSQL. */
export function testDb(): DbHandle & { cleanup: () => Promise<void>; file?: string } {
  const url = process.env.DATABASE_URL ?? '';
  if (/^postgres/.test(url)) {
    const h = createDb(url);
    return { ...h, cleanup: () => h.db.$disconnect() };
  }
  const file = path.join(path.dirname(TEMPLATE), `${randomUUID()}.db`);
  fs.copyFileSync(TEMPLATE, file);
  const h = createDb(`file:${file}`);
  return {
    ...h,
    file,
    cleanup: async () => {
      await h.db.$disconnect();
      fs.rmSync(file, { force: true });
    },
  };
}
