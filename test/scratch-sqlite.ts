// Small SQLite files for the driver tests: a table t (id, label) holding 'a' and 'b', removed with
// their WAL files after the test file.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';

export const SCRATCH_DIR = path.resolve(process.cwd(), 'var', 'test');

export function scratchSqlite() {
  const files: string[] = [];
  afterAll(() => {
    for (const f of files) for (const x of [f, `${f}-wal`, `${f}-shm`]) fs.rmSync(x, { force: true });
  });
  return {
    /** Removes this file too, after the test file. */
    track(file: string): string {
      files.push(file);
      return file;
    },
    /** A new file with table t; in WAL mode when asked. */
    create(opts: { wal?: boolean } = {}): string {
      fs.mkdirSync(SCRATCH_DIR, { recursive: true });
      const file = this.track(path.join(SCRATCH_DIR, `scratch-${randomUUID()}.db`));
      const db = new Database(file);
      if (opts.wal) db.pragma('journal_mode = WAL');
      db.exec(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT NOT NULL); INSERT INTO t (label) VALUES ('a'), ('b')",
      );
      db.close();
      return file;
    },
  };
}
