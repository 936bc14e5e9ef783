// Load test of the read API with autocannon: 50 connections for 30 s by default, on loopback, bounded
// (a run stops at its duration or after --max-requests answers, whichever comes first; a request that
// takes longer than --timeout seconds counts as a timeout and its connection is reset; the run gives
// up after 1,000 errors). Every connection cycles through the aggregate endpoints (timeline, map,
// network, summary, a records page) with three realistic filters: none, the busiest country, and
// that country with the commonest topic from 2018. Reports requests/s, latency p50/p95/p99/max,
// errors, timeouts and non-2xx answers, overall and per endpoint. Benchmarks are not tests: nothing
// here asserts a time.
//
// Used by bench/run.ts and bench/two-instances.ts, and runnable alone:
//   node --import tsx bench/loadtest.ts [--url file:bench/tmp/bench-100000.db] [--duration 30]
//        [--connections 50] [--timeout 10] [--max-requests 200000] [--port 3402] [--origin http://…]
// Without --url it uses DATABASE_URL, else the shipped database; with --origin it loads a server that
// is already running instead of starting one.
import path from 'node:path';
import autocannon from 'autocannon';
import { EMPTY_FILTER, type RecordFilter } from '../lib/domain/filter';
import { filterToSearchParams } from '../lib/url/filter-params';
import { root } from '../scripts/prisma-env.mjs';
import { percentile } from './measure';
import { startServer } from './server';

/** Said with every result: the numbers are for full answers, not for revalidations. */
export const ETAG_NOTE =
  'The read API answers with an ETag and Cache-Control: public, no-cache. autocannon sends no ' +
  'If-None-Match, so every answer here is a full 200 computed by the server (no 304s): these are ' +
  'uncached numbers; a browser or CDN revalidating would mostly get 304s, which cost one small query. ' +
  'Identical requests in flight at the same moment share one computation (nothing is kept once answered).';

export const LOAD_ENDPOINTS = [
  { name: 'timeline', path: '/api/v1/timeline', extra: 'interval=auto' },
  { name: 'map', path: '/api/v1/map', extra: '' },
  { name: 'network', path: '/api/v1/network', extra: '' },
  { name: 'summary', path: '/api/v1/summary', extra: '' },
  { name: 'records', path: '/api/v1/records', extra: 'pageSize=25' },
] as const;

export interface LoadTarget {
  endpoint: string;
  filter: string;
  path: string;
}

/** Every endpoint with every filter, in the order a connection cycles through them. */
export function loadTargets(filters: Record<string, RecordFilter>): LoadTarget[] {
  const out: LoadTarget[] = [];
  for (const [filter, f] of Object.entries(filters)) {
    const qs = filterToSearchParams(f).toString();
    for (const e of LOAD_ENDPOINTS) {
      const query = [qs, e.extra].filter(Boolean).join('&');
      out.push({ endpoint: e.name, filter, path: query ? `${e.path}?${query}` : e.path });
    }
  }
  return out;
}

/** The filters of bench/run.ts, read from a running server: the busiest state and the commonest topic. */
export async function filtersFromServer(origin: string): Promise<Record<string, RecordFilter>> {
  const get = async <T>(p: string): Promise<T> => {
    const r = await fetch(`${origin}${p}`);
    if (!r.ok) throw new Error(`${p} answered ${r.status}`);
    return (await r.json()) as T;
  };
  const map = await get<{ countries: Array<{ iso3: string }> }>('/api/v1/map');
  const summary = await get<{ byTopic: Array<{ id: string }> }>('/api/v1/summary');
  const country = map.countries[0]?.iso3 ?? 'VNM';
  const topic = summary.byTopic[0]?.id ?? 'health';
  return {
    none: EMPTY_FILTER,
    one: { ...EMPTY_FILTER, country: [country] },
    three: { ...EMPTY_FILTER, country: [country], topic: [topic], from: '2018' },
  };
}

export interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

function latencyStats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length),
  };
}

export interface LoadTestOptions {
  /** One origin, or several (the connections are shared out among them). */
  origins: string[];
  targets: LoadTarget[];
  connections?: number;
  /** Seconds. */
  duration?: number;
  /** Seconds before a request counts as timed out. */
  timeout?: number;
  /** Stop after this many answers even if the duration has not passed. */
  maxRequests?: number;
  title?: string;
}

export interface LoadTestResult {
  title: string;
  origins: string[];
  connections: number;
  durationSeconds: number;
  elapsedSeconds: number;
  timeoutSeconds: number;
  maxRequests: number;
  /** Answers received (any status). */
  requests: number;
  requestsPerSecond: number;
  /** Latency of every answer received, in ms (nearest-rank percentiles). */
  latency: LatencyStats;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  byEndpoint: Array<{ endpoint: string; latency: LatencyStats }>;
  note: string;
}

export async function runLoadTest(opts: LoadTestOptions): Promise<LoadTestResult> {
  const connections = opts.connections ?? 50;
  const duration = opts.duration ?? 30;
  const timeout = opts.timeout ?? 10;
  // Far above what two cores answer in the duration: a safety bound, not the expected count.
  const maxRequests = opts.maxRequests ?? Math.max(10_000, duration * 5_000);
  // Warm-up: one request per target and origin (compiles nothing, but fills the OS and SQLite caches).
  for (const origin of opts.origins)
    for (const t of opts.targets) {
      const r = await fetch(`${origin}${t.path}`);
      if (!r.ok) throw new Error(`${origin}${t.path} answered ${r.status} before the load test`);
      await r.arrayBuffer();
    }

  const samples = new Map<string, number[]>();
  const all: number[] = [];
  // autocannon calls a request's onResponse and then, synchronously, emits 'response' with the time:
  // the endpoint of the answer being timed is the one noted just before.
  let last = '';
  const instance = autocannon({
    url: opts.origins,
    connections,
    duration,
    timeout,
    maxOverallRequests: maxRequests,
    bailout: 1000,
    title: opts.title,
    requests: opts.targets.map((t) => ({
      method: 'GET',
      path: t.path,
      onResponse: () => {
        last = t.endpoint;
      },
    })),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    all.push(ms);
    const list = samples.get(last) ?? [];
    list.push(ms);
    samples.set(last, list);
  });
  const result = await instance;
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]),
  );
  return {
    title: opts.title ?? 'load test',
    origins: opts.origins,
    connections,
    durationSeconds: duration,
    elapsedSeconds: result.duration,
    timeoutSeconds: timeout,
    maxRequests,
    requests: all.length,
    requestsPerSecond: all.length / Math.max(0.001, result.duration),
    latency: latencyStats(all),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    byEndpoint: LOAD_ENDPOINTS.map((e) => ({
      endpoint: e.name,
      latency: latencyStats(samples.get(e.name) ?? []),
    })),
    note: ETAG_NOTE,
  };
}

const ms = (x: number) => (Number.isNaN(x) ? '' : x.toFixed(1));

/** Markdown tables of load-test results: one line per run, then per endpoint. */
export function loadTestTables(results: LoadTestResult[]): string {
  const lines = [
    '| run | connections × s | answers | req/s | p50 ms | p95 ms | p99 ms | max ms | errors (timeouts) | non-2xx |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results)
    lines.push(
      `| ${r.title} | ${r.connections} × ${r.elapsedSeconds.toFixed(0)} | ${r.requests.toLocaleString('en')} | ${r.requestsPerSecond.toFixed(0)} | ${ms(r.latency.p50)} | ${ms(r.latency.p95)} | ${ms(r.latency.p99)} | ${ms(r.latency.max)} | ${r.errors} (${r.timeouts}) | ${r.non2xx} |`,
    );
  lines.push(
    '',
    '| run | endpoint | answers | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---|---:|---:|---:|---:|---:|',
  );
  for (const r of results)
    for (const e of r.byEndpoint)
      lines.push(
        `| ${r.title} | ${e.endpoint} | ${e.latency.n.toLocaleString('en')} | ${ms(e.latency.p50)} | ${ms(e.latency.p95)} | ${ms(e.latency.p99)} | ${ms(e.latency.max)} |`,
      );
  return lines.join('\n');
}

/** True when the run had no errors, no timeouts and only 2xx answers. */
export function loadTestClean(r: LoadTestResult): boolean {
  return r.errors === 0 && r.timeouts === 0 && r.non2xx === 0 && r.requests > 0;
}

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, def: number) => {
    const v = opt(name);
    return v === undefined ? def : Number(v);
  };
  const external = opt('origin');
  const url = opt('url') ?? process.env.DATABASE_URL ?? `file:${path.join(root, 'var', 'compact-atlas.db')}`;
  const server = external ? null : await startServer(url, num('port', 3402));
  const origin = external ?? server!.origin;
  try {
    const filters = await filtersFromServer(origin);
    const targets = loadTargets(filters);
    console.log(
      `Load test of ${origin} (${external ? 'running server' : url}): ${targets.length} addresses, ` +
        `${num('connections', 50)} connections for ${num('duration', 30)} s…`,
    );
    for (const t of targets) console.log(`  ${t.endpoint} (${t.filter}): ${t.path}`);
    const r = await runLoadTest({
      origins: [origin],
      targets,
      connections: num('connections', 50),
      duration: num('duration', 30),
      timeout: num('timeout', 10),
      maxRequests: opt('max-requests') ? num('max-requests', 0) : undefined,
      title: external ? origin : path.basename(url),
    });
    console.log(`\n${loadTestTables([r])}\n`);
    if (server) console.log(`Server peak memory: ${server.peakMemoryMb() ?? '?'} MB`);
    console.log(r.note);
    console.log(
      loadTestClean(r)
        ? 'Clean: no errors, no timeouts, only 2xx answers.'
        : `NOT clean: ${r.errors} errors (${r.timeouts} timeouts), ${r.non2xx} non-2xx answers (${JSON.stringify(r.statusCodes)}).`,
    );
    if (!loadTestClean(r)) process.exitCode = 1;
  } finally {
    await server?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
