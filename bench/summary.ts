// The benchmark's results (bench/results.json) and their Markdown summary: the tables `npm run bench`
// prints, to be pasted into the README with the machine line.
import type { IcewsInfo } from './icews';
import type { LighthouseResult } from './lighthouse';
import type { LoadResult } from './load';
import { loadTestTables, type LoadTestResult } from './loadtest';
import type { Stats } from './measure';
import type { NetworkLayoutResult } from './network-layout';

export interface Row {
  size: number;
  engine: string;
  dataset: 'synthetic' | 'icews';
  what: string;
  filter: string;
  stats: Stats;
}

export interface BenchResult {
  date: string;
  machine: string;
  /** One-minute load average when the run started (the machine may be shared). */
  loadAverageAtStart: number;
  stages: string[];
  options: {
    sizes: number[];
    reps: number;
    load: { duration: number; connections: number; timeout: number };
    engine: 'sqlite' | 'postgres';
  };
  loads: LoadResult[];
  rows: Row[];
  ratios: string[];
  loadTests: Array<LoadTestResult & { records: number; engine: string; dataset: Row['dataset'] }>;
  loadTestNote: string;
  network: NetworkLayoutResult | null;
  lighthouse: LighthouseResult[] | null;
  icews: IcewsInfo | null;
  /** Stages that failed, with their error. */
  errors: string[];
  /**
   * PostgreSQL runs: the server's settings that bear on the numbers (the server's own, not the app's;
   * docs/deploy.md). Absent in older results and on SQLite.
   */
  databaseSettings?: Record<string, string> | null;
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '');
const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '');

function timingTable(rows: Row[]): string {
  const lines = [
    '| records | data | engine | measure | filter | p50 ms | p95 ms |',
    '|---:|---|---|---|---|---:|---:|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.size.toLocaleString('en')} | ${r.dataset} | ${r.engine} | ${r.what} | ${r.filter} | ${f1(r.stats.p50)} | ${f1(r.stats.p95)} |`,
    );
  return lines.join('\n');
}

function networkTable(n: NetworkLayoutResult): string {
  const sorted = [...n.layoutMs].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
  const longest = n.longTasksMs.length ? Math.max(...n.longTasksMs) : 0;
  // Results written before the worker reported its own time have none.
  const compute = [...(n.computeMs ?? [])].filter(Number.isFinite).sort((a, b) => a - b);
  const computeMedian = compute[Math.floor((compute.length - 1) / 2)] ?? NaN;
  return [
    '| nodes | ties | renderer | layout runs | layout median ms | of which in the worker | layout max ms | long tasks while interacting | longest ms | fps |',
    '|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    `| ${n.nodes.toLocaleString('en')} | ${n.edges.toLocaleString('en')} | ${n.renderer} | ${n.layoutMs.length} | ${f0(median)} | ${f0(computeMedian)} | ${f0(sorted[sorted.length - 1] ?? NaN)} | ${n.longTasksMs.length} | ${f0(longest)} | ${f0(n.fps)} |`,
  ].join('\n');
}

function lighthouseTable(rs: LighthouseResult[]): string {
  const lines = [
    '| page | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rs)
    lines.push(
      `| ${r.path} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${f0(r.metrics['first-contentful-paint'] ?? NaN)} | ${f0(r.metrics['largest-contentful-paint'] ?? NaN)} | ${f0(r.metrics['total-blocking-time'] ?? NaN)} | ${(r.metrics['cumulative-layout-shift'] ?? NaN).toFixed(3)} |`,
    );
  const failing = rs.flatMap((r) =>
    r.failing.map((a) => `- ${r.path} fails ${a.id}: ${a.title}${a.value ? ` (${a.value})` : ''}`),
  );
  if (failing.length) lines.push('', ...failing);
  return lines.join('\n');
}

function icewsLines(i: IcewsInfo): string[] {
  return [
    `Source: ${i.dir} (${i.licence}). ${i.rows.toLocaleString('en')} rows in ${i.files.length} files, ${i.duplicates.toLocaleString('en')} repeated across the splits, ${i.records.toLocaleString('en')} records loaded.`,
    `Participants: ${i.rowsBothStates.toLocaleString('en')} records between two states, ${i.rowsOneState.toLocaleString('en')} with one, ${i.rowsNoState.toLocaleString('en')} with none; ${i.selfLoops.toLocaleString('en')} with a single participant (source = target).`,
    `Kinds: ${Object.entries(i.kinds)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n.toLocaleString('en')}`)
      .join(', ')}.`,
    ...i.notes,
  ];
}

export function summaryMarkdown(r: BenchResult): string {
  const out: string[] = [
    `## Benchmark ${r.date.slice(0, 10)}`,
    '',
    `Machine: ${r.machine}; load average ${r.loadAverageAtStart.toFixed(2)} at the start. Stages: ${r.stages.join(', ')}; ${r.options.reps} repetitions (naive: fewer).`,
  ];
  if (r.databaseSettings)
    out.push(
      '',
      `PostgreSQL settings: ${Object.entries(r.databaseSettings)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
    );
  if (r.errors.length) out.push('', ...r.errors.map((e) => `**Stage failed**: ${e}`));
  const loads = r.loads.filter((l) => Number.isFinite(l.seconds));
  if (loads.length)
    out.push(
      '',
      ...loads.map(
        (l) =>
          `- Load: ${l.records.toLocaleString('en')} records in ${l.seconds.toFixed(1)} s (${Math.round(l.recordsPerSecond).toLocaleString('en')}/s, ${l.engine})`,
      ),
    );
  if (r.rows.length) out.push('', '### Response times (warm)', '', timingTable(r.rows));
  if (r.ratios.length)
    out.push('', '### Database vs naive (Prisma + JavaScript)', '', ...r.ratios.map((x) => `- ${x}`));
  if (r.loadTests.length)
    out.push('', '### Load test (autocannon, loopback)', '', loadTestTables(r.loadTests), '', r.loadTestNote);
  if (r.network) out.push('', '### Network layout (Chromium)', '', networkTable(r.network));
  if (r.lighthouse)
    out.push('', '### Lighthouse 12.2.3, mobile preset, shipped database', '', lighthouseTable(r.lighthouse));
  if (r.icews) out.push('', '### ICEWS sample', '', ...icewsLines(r.icews).map((x) => `- ${x}`));
  return out.join('\n');
}
