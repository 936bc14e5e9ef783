// `npm run bench`: the benchmark, in stages. Benchmarks are not tests: nothing here asserts a time.
//
//   queries     in-process aggregate queries (timeline, map, network) on synthetic databases of each
//               size, with no filter, one filter and three filters; the naive approach (Prisma + JS)
//               alongside at sizes up to 100k, with fewer repetitions, and the ratio
//   http        the same over HTTP against `next start` (timeline, map, network, summary, a records
//               page, text search), the server render of / and /embed/map, and the server's peak memory
//   load        autocannon on the aggregate endpoints at the largest size (bench/loadtest.ts)
//   network     the 2,000-node / 20,000-tie network laid out and panned in Chromium (bench/network-layout.ts)
//   lighthouse  Lighthouse, mobile preset, on / and /embed/map of the shipped database (bench/lighthouse.ts)
//   icews       queries and http on the real ICEWS sample from ../shared (bench/icews.ts); not by default
//
// Default: queries, http, load, network, lighthouse; sizes 10k, 100k, 1M (SQLite, or PostgreSQL when
// DATABASE_URL says so). Writes bench/results.json and prints a Markdown summary for the README.
// Options: --only queries,http,… | --skip load,… | --icews (adds the icews stage) | --sizes 10000,100000
//          --reps 40 | --reuse (SQLite files in bench/tmp) | --port 3400 (uses port … port+4)
//          --load-duration 30 --load-connections 50 --load-timeout 10 | --icews-dir DIR
//          --out bench/results.json (where the results go) | --help
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { EMPTY_FILTER, type RecordFilter, isEmptyFilter } from '../lib/domain/filter';
import { createDb } from '../lib/db/client';
import { mapCounts } from '../lib/server/queries/map';
import { network } from '../lib/server/queries/network';
import { timeline } from '../lib/server/queries/timeline';
import { filterToSearchParams } from '../lib/url/filter-params';
import { pgConfigOf } from '../prisma/adapter';
import { root } from '../scripts/prisma-env.mjs';
import { ICEWS_DIR, loadIcewsDatabase } from './icews';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { loadBenchmarkDatabase, migrateDatabase, setupDatabase, type LoadResult } from './load';
import { ETAG_NOTE, loadTargets, runLoadTest } from './loadtest';
import { measure, type Stats } from './measure';
import { naiveMap, naiveNetwork, naiveTimeline } from './naive';
import { measureNetworkLayout, type NetworkLayoutResult } from './network-layout';
import { startServer } from './server';
import { summaryMarkdown, type BenchResult, type Row } from './summary';

const STAGES = ['queries', 'http', 'load', 'network', 'lighthouse', 'icews'] as const;
type Stage = (typeof STAGES)[number];
const DEFAULT_STAGES: readonly Stage[] = ['queries', 'http', 'load', 'network', 'lighthouse'];

const args = process.argv.slice(2);
const KNOWN = new Set([
  'only',
  'skip',
  'icews',
  'sizes',
  'reps',
  'reuse',
  'port',
  'load-duration',
  'load-connections',
  'load-timeout',
  'icews-dir',
  'out',
  'help',
  'h',
]);
const unknown = args.filter((a) => a.startsWith('-') && !KNOWN.has(a.replace(/^--?/, '')));
if (args.includes('--help') || args.includes('-h') || unknown.length) {
  // The usage is this file's opening comment; an unknown option never starts an hour-long run.
  if (unknown.length) console.error(`Unknown option${unknown.length > 1 ? 's' : ''}: ${unknown.join(' ')}\n`);
  const head = fs.readFileSync(new URL(import.meta.url), 'utf8').split('\nimport ')[0]!;
  console.log(head.replace(/^\/\/ ?/gm, ''));
  process.exit(unknown.length ? 2 : 0);
}
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
function stageList(value: string): Stage[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names)
    if (!(STAGES as readonly string[]).includes(n))
      throw new Error(`Unknown stage "${n}". Stages: ${STAGES.join(', ')}.`);
  return names as Stage[];
}
const stages = new Set<Stage>(args.includes('--only') ? stageList(opt('only', '')) : DEFAULT_STAGES);
if (args.includes('--icews')) stages.add('icews');
if (args.includes('--skip')) for (const s of stageList(opt('skip', ''))) stages.delete(s);

const sizes = opt('sizes', '10000,100000,1000000').split(',').map(Number);
const largest = Math.max(...sizes);
const reps = Number(opt('reps', '40'));
const port = Number(opt('port', '3400'));
const reuse = args.includes('--reuse');
const loadOpts = {
  duration: Number(opt('load-duration', '30')),
  connections: Number(opt('load-connections', '50')),
  timeout: Number(opt('load-timeout', '10')),
};
const icewsDir = path.resolve(opt('icews-dir', ICEWS_DIR));
/** The naive approach loads every filtered record into JavaScript: up to this many records only. */
const NAIVE_MAX = 100_000;
const pgUrl = /^postgres/.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL! : null;

type Filters = Record<'none' | 'one' | 'three', RecordFilter>;

/** The busiest state (the worst case for a country filter), the commonest topic, from 2018. */
async function pickFilters(url: string, dataset: 'synthetic' | 'icews'): Promise<Filters> {
  const { db } = createDb(url);
  try {
    const [top] = await db.$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT p.actor_id AS id FROM record_participant p JOIN actor a ON a.id = p.actor_id WHERE a.kind = 'state' GROUP BY p.actor_id ORDER BY COUNT(*) DESC, p.actor_id LIMIT 1`,
    );
    const [topic] = await db.$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT topic_id AS id FROM record_topic GROUP BY topic_id ORDER BY COUNT(*) DESC, topic_id LIMIT 1`,
    );
    const country = top?.id ?? 'VNM';
    return {
      none: EMPTY_FILTER,
      one: { ...EMPTY_FILTER, country: [country] },
      // ICEWS records have no topics: its third narrowing is a kind.
      three:
        dataset === 'icews'
          ? { ...EMPTY_FILTER, country: [country], kind: ['meeting'], from: '2010' }
          : { ...EMPTY_FILTER, country: [country], topic: [topic?.id ?? 'health'], from: '2018' },
    };
  } finally {
    await db.$disconnect();
  }
}

const describe = (f: RecordFilter) => filterToSearchParams(f).toString() || '(none)';

interface Target {
  size: number;
  engine: string;
  dataset: Row['dataset'];
}

async function inProcess(url: string, target: Target, filters: Filters, rows: Row[]) {
  const { db } = createDb(url);
  const naiveReps = Math.max(3, Math.round(reps / 8));
  const naive = target.dataset === 'icews' || target.size <= NAIVE_MAX;
  try {
    for (const [name, f] of Object.entries(filters)) {
      const add = (what: string, stats: Stats) =>
        rows.push({ ...target, what, filter: `${name}: ${describe(f)}`, stats });
      add('query: timeline', await measure(() => timeline(db, f, 'year', 'kind'), reps));
      add('query: map', await measure(() => mapCounts(db, f), reps));
      add('query: network', await measure(() => network(db, f, { limit: 150, lang: 'en' }), reps));
      if (naive) {
        add('naive: timeline', await measure(() => naiveTimeline(db, f), naiveReps, 1));
        add('naive: map', await measure(() => naiveMap(db, f), naiveReps, 1));
        add('naive: network', await measure(() => naiveNetwork(db, f), naiveReps, 1));
      }
    }
  } finally {
    await db.$disconnect();
  }
}

async function overHttp(
  origin: string,
  target: Target,
  filters: Filters,
  rows: Row[],
  textQuery: string,
): Promise<void> {
  const get = async (p: string) => {
    const r = await fetch(`${origin}${p}`);
    if (!r.ok) throw new Error(`${p} answered ${r.status}`);
    await r.arrayBuffer();
  };
  const pageReps = Math.max(10, Math.round(reps / 2));
  for (const [name, f] of Object.entries(filters)) {
    const qs = filterToSearchParams(f).toString();
    const add = (what: string, stats: Stats) =>
      rows.push({ ...target, what, filter: `${name}: ${describe(f)}`, stats });
    const q = (extra: string) => [qs, extra].filter(Boolean).join('&');
    add('GET /api/v1/timeline', await measure(() => get(`/api/v1/timeline?${q('interval=auto')}`), reps));
    add('GET /api/v1/map', await measure(() => get(`/api/v1/map?${q('')}`), reps));
    add('GET /api/v1/network', await measure(() => get(`/api/v1/network?${q('')}`), reps));
    add('GET /api/v1/summary', await measure(() => get(`/api/v1/summary?${q('')}`), reps));
    add('GET /api/v1/records (page)', await measure(() => get(`/api/v1/records?${q('pageSize=25')}`), reps));
    add(
      `GET /api/v1/records?q=${textQuery} (text search)`,
      await measure(() => get(`/api/v1/records?${q(`q=${textQuery}&pageSize=25`)}`), reps),
    );
    add('SSR /', await measure(() => get(`/?${q('v=1')}`), pageReps));
    const embed = await fetch(`${origin}/embed/map?${q('')}`);
    if (embed.ok) add('SSR /embed/map', await measure(() => get(`/embed/map?${q('')}`), pageReps));
    // One state alone: its profile, whose network is centred on it (asked for when scrolled to).
    const state = f.country.length === 1 && isEmptyFilter({ ...f, country: [] }) ? f.country[0]! : null;
    if (state) {
      add('SSR /countries/{iso3} (profile)', await measure(() => get(`/countries/${state}`), pageReps));
      add(
        'GET /api/v1/network, focus on it (profile)',
        await measure(() => get(`/api/v1/network?${q(`focus=${state}`)}`), reps),
      );
    }
  }
}

const memoryRow = (target: Target, what: string, mb: number | null): Row => ({
  ...target,
  what,
  filter: '-',
  stats: { n: 1, p50: mb ?? NaN, p95: NaN, mean: NaN },
});

function ratios(rows: Row[]): string[] {
  const out: string[] = [];
  for (const r of rows.filter((x) => x.what.startsWith('naive: '))) {
    const fast = rows.find(
      (x) =>
        x.size === r.size &&
        x.dataset === r.dataset &&
        x.filter === r.filter &&
        x.what === r.what.replace('naive: ', 'query: '),
    );
    if (fast)
      out.push(
        `${r.size.toLocaleString('en')} ${r.dataset} records, ${r.what.slice(7)}, ${r.filter}: database ${(r.stats.p50 / fast.stats.p50).toFixed(0)}× faster than naive (p50 ${fast.stats.p50.toFixed(1)} ms vs ${r.stats.p50.toFixed(0)} ms)`,
      );
  }
  return out;
}

/** Runs one stage; a failure is recorded and the others still run. */
async function stage<T>(name: string, errors: string[], fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`\nStage ${name} failed: ${message}`);
    errors.push(`${name}: ${message}`);
    return null;
  }
}

async function syntheticStages(result: BenchResult) {
  for (const size of sizes) {
    const loadHere = stages.has('load') && size === largest;
    if (!stages.has('queries') && !stages.has('http') && !loadHere) continue;
    const file = path.join(root, 'bench', 'tmp', `bench-${size}.db`);
    const reused = reuse && !pgUrl && fs.existsSync(file);
    // A reused file keeps its records but gets the schema's newer migrations (indexes).
    if (reused) migrateDatabase(`file:${file}`);
    const load: LoadResult = reused
      ? {
          url: `file:${file}`,
          engine: 'sqlite',
          records: size,
          participants: NaN,
          seconds: NaN,
          recordsPerSecond: NaN,
        }
      : await loadBenchmarkDatabase(size, { url: pgUrl ?? undefined });
    result.loads.push(load);
    const target: Target = { size, engine: load.engine, dataset: 'synthetic' };
    const filters = await pickFilters(load.url, 'synthetic');
    if (stages.has('queries')) {
      console.log(`\nQueries: ${size.toLocaleString('en')} records (${load.engine}), ${reps} repetitions…`);
      await inProcess(load.url, target, filters, result.rows);
    }
    if (!stages.has('http') && !loadHere) continue;
    const server = await startServer(load.url, port);
    try {
      if (stages.has('http')) {
        console.log(`HTTP: ${size.toLocaleString('en')} records (${load.engine}), ${reps} repetitions…`);
        await overHttp(server.origin, target, filters, result.rows, 'geneva');
        result.rows.push(memoryRow(target, 'server peak memory (MB)', server.peakMemoryMb()));
      }
      if (loadHere) {
        console.log(
          `Load test: ${size.toLocaleString('en')} records (${load.engine}), ${loadOpts.connections} connections for ${loadOpts.duration} s…`,
        );
        const r = await stage('load', result.errors, () =>
          runLoadTest({
            origins: [server.origin],
            targets: loadTargets(filters),
            ...loadOpts,
            title: `${size.toLocaleString('en')} ${load.engine}`,
          }),
        );
        if (r) {
          result.loadTests.push({ ...r, records: size, engine: load.engine, dataset: 'synthetic' });
          result.rows.push(
            memoryRow(target, 'server peak memory, load test included (MB)', server.peakMemoryMb()),
          );
        }
      }
    } finally {
      await server.stop();
    }
  }
}

async function icewsStage(result: BenchResult) {
  const { load, info } = await loadIcewsDatabase(icewsDir);
  result.loads.push(load);
  result.icews = info;
  const target: Target = { size: load.records, engine: load.engine, dataset: 'icews' };
  const filters = await pickFilters(load.url, 'icews');
  console.log(`\nICEWS: ${load.records.toLocaleString('en')} records, ${reps} repetitions…`);
  await inProcess(load.url, target, filters, result.rows);
  const server = await startServer(load.url, port + 2);
  try {
    await overHttp(server.origin, target, filters, result.rows, 'agreement');
    result.rows.push(memoryRow(target, 'server peak memory (MB)', server.peakMemoryMb()));
  } finally {
    await server.stop();
  }
}

/** The PostgreSQL settings that bear on read speed, as the server reports them. */
const PG_SETTINGS = [
  'server_version',
  'shared_buffers',
  'effective_cache_size',
  'work_mem',
  'random_page_cost',
];

async function postgresSettings(url: string): Promise<Record<string, string>> {
  const client = new pg.Client(pgConfigOf(url).config);
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; value: string }>(
      'SELECT name, current_setting(name) AS value FROM pg_settings WHERE name = ANY($1) ORDER BY name',
      [PG_SETTINGS],
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.value]));
  } finally {
    await client.end();
  }
}

/** The database users see: the shipped data, set up as `npm start` would if it is not there yet. */
function shippedDatabase(): string {
  const file = path.join(root, 'var', 'compact-atlas.db');
  const url = `file:${file}`;
  if (!fs.existsSync(file)) setupDatabase(url);
  return url;
}

async function main() {
  const cpus = os.cpus();
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
    loadAverageAtStart: os.loadavg()[0] ?? NaN,
    stages: STAGES.filter((s) => stages.has(s)),
    options: { sizes, reps, load: loadOpts, engine: pgUrl ? 'postgres' : 'sqlite' },
    loads: [],
    rows: [],
    ratios: [],
    loadTests: [],
    loadTestNote: ETAG_NOTE,
    network: null,
    lighthouse: null,
    icews: null,
    errors: [],
    databaseSettings: pgUrl ? await postgresSettings(pgUrl) : null,
  };
  console.log(`Stages: ${result.stages.join(', ')}`);
  await syntheticStages(result);
  if (stages.has('icews')) await stage('icews', result.errors, () => icewsStage(result));
  if (stages.has('network')) {
    console.log('\nNetwork layout in Chromium…');
    result.network = await stage<NetworkLayoutResult>('network', result.errors, () =>
      measureNetworkLayout({ port: port + 1, databaseUrl: shippedDatabase() }),
    );
  }
  if (stages.has('lighthouse')) {
    console.log('\nLighthouse (mobile preset) on the shipped database…');
    result.lighthouse = await stage<LighthouseResult[]>('lighthouse', result.errors, () =>
      runLighthouse({ port: port + 4, databaseUrl: shippedDatabase() }),
    );
  }
  result.ratios = ratios(result.rows);
  const out = path.resolve(root, opt('out', path.join('bench', 'results.json')));
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${summaryMarkdown(result)}\n\nWrote ${path.relative(root, out)}`);
  if (result.errors.length) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
