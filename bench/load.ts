// Loads N synthetic records into a fresh benchmark database: migrations and the shipped reference
// data first (as `npm start` would), then the synthetic records through the driver in large
// transactions (Prisma's per-row path is not what is being measured). Prints a progress bar and the
// load throughput. SQLite by default (bench/tmp/bench-<N>.db); PostgreSQL when DATABASE_URL says so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createDb } from '../lib/db/client';
import { rebuildRollups } from '../lib/db/rollups';
import { pgConfigOf } from '../prisma/adapter';
import { prismaEnv, root } from '../scripts/prisma-env.mjs';
import { syntheticRecords, type SyntheticRecord, type SyntheticWorld } from './synthetic';

const BATCH = 2000;

export interface LoadResult {
  url: string;
  engine: 'sqlite' | 'postgres';
  records: number;
  participants: number;
  seconds: number;
  recordsPerSecond: number;
}

export function bar(done: number, total: number, started: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
  process.stdout.write(
    `\r  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en')} / ${total.toLocaleString('en')} records, ${Math.round(rate).toLocaleString('en')}/s   `,
  );
}

export function setupDatabase(url: string) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'db-setup.mjs'), '--quiet'], {
    cwd: root,
    env: prismaEnv({ DATABASE_URL: url }),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`Database set-up failed:\n${r.stdout}\n${r.stderr}`);
}

/** Applies pending migrations only (no shipped data): a reused benchmark database gets new indexes. */
export function migrateDatabase(url: string) {
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'migrate', 'deploy'],
    { cwd: root, env: prismaEnv({ DATABASE_URL: url }), encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`Migrating ${url} failed:\n${r.stdout}\n${r.stderr}`);
}

export interface Sink {
  world(): Promise<SyntheticWorld>;
  insert(batch: SyntheticRecord[]): Promise<number>;
  finish(): Promise<void>;
}

/** Inserts records (SyntheticRecord's shape) into a SQLite benchmark database; `origin` marks them. */
export function sqliteSink(file: string, origin = 'synthetic'): Sink {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const now = new Date().toISOString();
  const rec = db.prepare(
    `INSERT INTO cooperation_record (id, kind, title, summary, date_start, date_end, date_precision, date_basis, year, month, place_id, search_text, origin, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'event', ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const part = db.prepare('INSERT INTO record_participant (record_id, actor_id, role) VALUES (?, ?, ?)');
  const topic = db.prepare('INSERT INTO record_topic (record_id, topic_id) VALUES (?, ?)');
  const obj = db.prepare('INSERT INTO record_commitment (record_id, commitment_id) VALUES (?, ?)');
  const insertMany = db.transaction((batch: SyntheticRecord[]) => {
    let n = 0;
    for (const r of batch) {
      rec.run(
        r.id,
        r.kind,
        r.title,
        r.summary,
        r.dateStart,
        r.dateEnd,
        r.datePrecision,
        r.year,
        r.month,
        r.placeId,
        r.searchText,
        origin,
        now,
        now,
      );
      for (const p of r.participants) part.run(r.id, p.actorId, p.role);
      for (const t of r.topics) topic.run(r.id, t);
      for (const o of r.objectives) obj.run(r.id, `gcm-${o}`);
      n += r.participants.length;
    }
    return n;
  });
  return {
    async world() {
      return readWorld(
        db
          .prepare('SELECT id, kind, name_en AS nameEn, name_fr AS nameFr FROM actor')
          .all() as SyntheticWorld['actors'],
        db
          .prepare(
            'SELECT t.id, t.name_en AS nameEn, c.number FROM topic t LEFT JOIN topic_commitment tc ON tc.topic_id = t.id LEFT JOIN commitment c ON c.id = tc.commitment_id',
          )
          .all() as TopicRow[],
        db
          .prepare(
            'SELECT id, country_id AS countryId, name_en AS nameEn, name_fr AS nameFr, name_es AS nameEs FROM place',
          )
          .all() as SyntheticWorld['places'],
      );
    },
    async insert(batch) {
      return insertMany(batch);
    },
    async finish() {
      db.exec('ANALYZE');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

function pgSink(url: string): Sink {
  const pool = new pg.Pool({ ...pgConfigOf(url).config, max: 2 });
  const values = (rows: unknown[][], offset = 0) => {
    const params: unknown[] = [];
    const tuples = rows.map(
      (row) => `(${row.map((v) => (params.push(v), `$${params.length + offset}`)).join(',')})`,
    );
    return { sql: tuples.join(','), params };
  };
  const insert = async (client: pg.PoolClient, table: string, cols: string[], rows: unknown[][]) => {
    for (let i = 0; i < rows.length; i += 4000) {
      const chunk = rows.slice(i, i + 4000);
      const v = values(chunk);
      await client.query(`INSERT INTO ${table} (${cols.join(',')}) VALUES ${v.sql}`, v.params);
    }
  };
  return {
    async world() {
      const q = async <T>(text: string) => (await pool.query(text)).rows as T[];
      return readWorld(
        await q('SELECT id, kind, name_en AS "nameEn", name_fr AS "nameFr" FROM actor'),
        await q(
          'SELECT t.id, t.name_en AS "nameEn", c.number FROM topic t LEFT JOIN topic_commitment tc ON tc.topic_id = t.id LEFT JOIN commitment c ON c.id = tc.commitment_id',
        ),
        await q(
          'SELECT id, country_id AS "countryId", name_en AS "nameEn", name_fr AS "nameFr", name_es AS "nameEs" FROM place',
        ),
      );
    },
    async insert(batch) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await insert(
          client,
          'cooperation_record',
          [
            'id',
            'kind',
            'title',
            'summary',
            'date_start',
            'date_end',
            'date_precision',
            'date_basis',
            'year',
            'month',
            'place_id',
            'search_text',
            'origin',
            'version',
            'updated_at',
          ],
          batch.map((r) => [
            r.id,
            r.kind,
            r.title,
            r.summary,
            r.dateStart,
            r.dateEnd,
            r.datePrecision,
            'event',
            r.year,
            r.month,
            r.placeId,
            r.searchText,
            'synthetic',
            1,
            new Date(),
          ]),
        );
        await insert(
          client,
          'record_participant',
          ['record_id', 'actor_id', 'role'],
          batch.flatMap((r) => r.participants.map((p) => [r.id, p.actorId, p.role])),
        );
        await insert(
          client,
          'record_topic',
          ['record_id', 'topic_id'],
          batch.flatMap((r) => r.topics.map((t) => [r.id, t])),
        );
        await insert(
          client,
          'record_commitment',
          ['record_id', 'commitment_id'],
          batch.flatMap((r) => r.objectives.map((o) => [r.id, `gcm-${o}`])),
        );
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      } finally {
        client.release();
      }
      return batch.reduce((n, r) => n + r.participants.length, 0);
    },
    async finish() {
      await pool.query('VACUUM ANALYZE');
      await pool.end();
    },
  };
}

type TopicRow = { id: string; nameEn: string; number: number | null };

function readWorld(
  actors: SyntheticWorld['actors'],
  topicRows: TopicRow[],
  places: SyntheticWorld['places'],
): SyntheticWorld {
  const topics = new Map<string, { id: string; nameEn: string; objectives: number[] }>();
  for (const t of topicRows) {
    const e = topics.get(t.id) ?? { id: t.id, nameEn: t.nameEn, objectives: [] };
    if (t.number !== null) e.objectives.push(Number(t.number));
    topics.set(t.id, e);
  }
  return { actors, topics: [...topics.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), places };
}

/** Bulk loads bypass the write path, so the rollups are recounted once at the end. */
export async function recountRollups(url: string): Promise<void> {
  const rollupStart = Date.now();
  const { db } = createDb(url);
  try {
    await db.$transaction((tx) => rebuildRollups(tx), { timeout: 3_600_000, maxWait: 60_000 });
  } finally {
    await db.$disconnect();
  }
  console.log(`  rollups recounted in ${((Date.now() - rollupStart) / 1000).toFixed(1)} s`);
}

/** A fresh database with the shipped data plus `count` synthetic records. */
export async function loadBenchmarkDatabase(
  count: number,
  opts: { seed?: number; url?: string } = {},
): Promise<LoadResult> {
  const seed = opts.seed ?? 1;
  const pgUrl = opts.url && /^postgres/.test(opts.url) ? opts.url : null;
  let url: string;
  if (pgUrl) {
    url = pgUrl;
    const pool = new pg.Pool(pgConfigOf(url).config);
    await pool.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    await pool.end();
  } else {
    const file = path.join(root, 'bench', 'tmp', `bench-${count}.db`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
    url = `file:${file}`;
  }
  console.log(
    `Loading ${count.toLocaleString('en')} synthetic records (seed ${seed}) into ${pgUrl ? 'PostgreSQL' : url.slice(5)}`,
  );
  setupDatabase(url);
  const sink = pgUrl ? pgSink(url) : sqliteSink(url.slice(5));
  const world = await sink.world();
  const started = Date.now();
  let done = 0;
  let participants = 0;
  let batch: SyntheticRecord[] = [];
  for (const r of syntheticRecords(world, count, seed)) {
    batch.push(r);
    if (batch.length === BATCH) {
      participants += await sink.insert(batch);
      done += batch.length;
      batch = [];
      bar(done, count, started);
    }
  }
  if (batch.length) {
    participants += await sink.insert(batch);
    done += batch.length;
    bar(done, count, started);
  }
  await sink.finish();
  process.stdout.write('\n');
  await recountRollups(url);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `  ${done.toLocaleString('en')} records and ${participants.toLocaleString('en')} participations in ${seconds.toFixed(1)} s (${Math.round(done / seconds).toLocaleString('en')} records/s)`,
  );
  return {
    url,
    engine: pgUrl ? 'postgres' : 'sqlite',
    records: done,
    participants,
    seconds,
    recordsPerSecond: done / seconds,
  };
}
