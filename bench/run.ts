// `npm run bench`: loads deterministic synthetic datasets (10k, 100k, 1M records by default) and
// measures, warm and repeated, the read API's endpoints with no filter, one filter and three filters,
// the server render of the dashboard and of an embed, the server's peak memory, and (up to 100k) the
// naive approach for comparison. Prints a table and writes bench/results.json. Benchmarks are not
// tests: nothing here asserts a time. Options: --sizes 10000,100000 --reps 40 --reuse --port 3400
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EMPTY_FILTER, type RecordFilter } from '../lib/domain/filter';
import { createDb } from '../lib/db/client';
import { mapCounts } from '../lib/server/queries/map';
import { network } from '../lib/server/queries/network';
import { timeline } from '../lib/server/queries/timeline';
import { filterToSearchParams } from '../lib/url/filter-params';
import { root } from '../scripts/prisma-env.mjs';
import { loadBenchmarkDatabase, type LoadResult } from './load';
import { measure, type Stats } from './measure';
import { naiveMap, naiveNetwork, naiveTimeline } from './naive';
import { startServer } from './server';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const sizes = opt('sizes', '10000,100000,1000000').split(',').map(Number);
const reps = Number(opt('reps', '40'));
const port = Number(opt('port', '3400'));
const reuse = args.includes('--reuse');
const pgUrl = /^postgres/.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL! : null;

interface Row {
  size: number;
  engine: string;
  what: string;
  filter: string;
  stats: Stats;
}

async function pickFilters(url: string): Promise<Record<'none' | 'one' | 'three', RecordFilter>> {
  const { db } = createDb(url);
  try {
    // The busiest state (the worst case for a country filter) and the commonest topic.
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
      three: { ...EMPTY_FILTER, country: [country], topic: [topic?.id ?? 'health'], from: '2018' },
    };
  } finally {
    await db.$disconnect();
  }
}

const describe = (f: RecordFilter) => filterToSearchParams(f).toString() || '(none)';

async function inProcess(
  url: string,
  size: number,
  filters: Awaited<ReturnType<typeof pickFilters>>,
  rows: Row[],
) {
  const { db, engine } = createDb(url);
  const naiveReps = Math.max(3, Math.round(reps / 8));
  try {
    for (const [name, f] of Object.entries(filters)) {
      const add = (what: string, stats: Stats) =>
        rows.push({ size, engine, what, filter: `${name}: ${describe(f)}`, stats });
      add('query: timeline', await measure(() => timeline(db, f, 'year', 'kind'), reps));
      add('query: map', await measure(() => mapCounts(db, f), reps));
      add('query: network', await measure(() => network(db, f, { limit: 150, lang: 'en' }), reps));
      if (size <= 100_000) {
        add('naive: timeline', await measure(() => naiveTimeline(db, f), naiveReps, 1));
        add('naive: map', await measure(() => naiveMap(db, f), naiveReps, 1));
        add('naive: network', await measure(() => naiveNetwork(db, f), naiveReps, 1));
      }
    }
  } finally {
    await db.$disconnect();
  }
}

async function overHttp(load: LoadResult, filters: Awaited<ReturnType<typeof pickFilters>>, rows: Row[]) {
  const server = await startServer(load.url, port);
  try {
    const get = async (p: string) => {
      const r = await fetch(`${server.origin}${p}`);
      if (!r.ok) throw new Error(`${p} answered ${r.status}`);
      await r.arrayBuffer();
    };
    for (const [name, f] of Object.entries(filters)) {
      const qs = filterToSearchParams(f).toString();
      const add = (what: string, stats: Stats) =>
        rows.push({
          size: load.records,
          engine: load.engine,
          what,
          filter: `${name}: ${describe(f)}`,
          stats,
        });
      const q = (extra: string) => [qs, extra].filter(Boolean).join('&');
      add('GET /api/v1/timeline', await measure(() => get(`/api/v1/timeline?${q('interval=auto')}`), reps));
      add('GET /api/v1/map', await measure(() => get(`/api/v1/map?${q('')}`), reps));
      add('GET /api/v1/network', await measure(() => get(`/api/v1/network?${q('')}`), reps));
      add('GET /api/v1/summary', await measure(() => get(`/api/v1/summary?${q('')}`), reps));
      add(
        'GET /api/v1/records (page)',
        await measure(() => get(`/api/v1/records?${q('pageSize=25')}`), reps),
      );
      add(
        'GET /api/v1/records?q= (text search)',
        await measure(() => get(`/api/v1/records?${q('q=geneva&pageSize=25')}`), reps),
      );
      add('SSR /', await measure(() => get(`/?${q('v=1')}`), Math.max(10, Math.round(reps / 2))));
      const embed = await fetch(`${server.origin}/embed/map?${q('')}`);
      if (embed.ok)
        add(
          'SSR /embed/map',
          await measure(() => get(`/embed/map?${q('')}`), Math.max(10, Math.round(reps / 2))),
        );
    }
    rows.push({
      size: load.records,
      engine: load.engine,
      what: 'server peak memory (MB)',
      filter: '-',
      stats: { n: 1, p50: server.peakMemoryMb() ?? NaN, p95: NaN, mean: NaN },
    });
  } finally {
    await server.stop();
  }
}

function table(rows: Row[]): string {
  const lines = ['| records | engine | measure | filter | p50 ms | p95 ms |', '|---:|---|---|---|---:|---:|'];
  for (const r of rows)
    lines.push(
      `| ${r.size.toLocaleString('en')} | ${r.engine} | ${r.what} | ${r.filter} | ${r.stats.p50.toFixed(1)} | ${Number.isNaN(r.stats.p95) ? '' : r.stats.p95.toFixed(1)} |`,
    );
  return lines.join('\n');
}

function ratios(rows: Row[]): string[] {
  const out: string[] = [];
  for (const r of rows.filter((x) => x.what.startsWith('naive: '))) {
    const fast = rows.find(
      (x) => x.size === r.size && x.filter === r.filter && x.what === r.what.replace('naive: ', 'query: '),
    );
    if (fast)
      out.push(
        `${r.size.toLocaleString('en')} records, ${r.what.slice(7)}, ${r.filter}: database ${(r.stats.p50 / fast.stats.p50).toFixed(0)}× faster than naive (p50 ${fast.stats.p50.toFixed(1)} ms vs ${r.stats.p50.toFixed(0)} ms)`,
      );
  }
  return out;
}

async function main() {
  const rows: Row[] = [];
  const loads: LoadResult[] = [];
  for (const size of sizes) {
    const file = path.join(root, 'bench', 'tmp', `bench-${size}.db`);
    const load: LoadResult =
      reuse && !pgUrl && fs.existsSync(file)
        ? {
            url: `file:${file}`,
            engine: 'sqlite',
            records: size,
            participants: NaN,
            seconds: NaN,
            recordsPerSecond: NaN,
          }
        : await loadBenchmarkDatabase(size, { url: pgUrl ?? undefined });
    loads.push(load);
    const filters = await pickFilters(load.url);
    console.log(`\nMeasuring ${size.toLocaleString('en')} records (${load.engine}), ${reps} repetitions…`);
    await inProcess(load.url, size, filters, rows);
    await overHttp(load, filters, rows);
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
  const result = { date: new Date().toISOString(), machine, loads, rows, ratios: ratios(rows) };
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${machine}\n`);
  for (const l of loads)
    if (!Number.isNaN(l.seconds))
      console.log(
        `Load: ${l.records.toLocaleString('en')} records in ${l.seconds.toFixed(1)} s (${Math.round(l.recordsPerSecond).toLocaleString('en')}/s, ${l.engine})`,
      );
  console.log(`\n${table(rows)}\n`);
  for (const r of result.ratios) console.log(r);
  console.log('\nWrote bench/results.json');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
