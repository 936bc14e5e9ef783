// Proves a 100,000-row import streams: generates a deterministic CSV (bench/tmp/records-100k.csv),
// imports it into a copy of the seeded SQLite database and prints the time and the peak memory (RSS).
// Run: node --import tsx bench/import-100k.ts [rows]   (after `npm run db:setup`)
import fs from 'node:fs';
import path from 'node:path';
import { cliPrincipal } from '../lib/auth/principal';
import { createDb } from '../lib/db/client';
import { COLUMNS } from '../lib/import/columns';
import { runImport } from '../lib/import/run';

const rows = Number(process.argv[2] ?? 100_000);
const dir = path.resolve('bench', 'tmp');
fs.mkdirSync(dir, { recursive: true });
const csv = path.join(dir, `records-${rows}.csv`);
const db = path.join(dir, 'import.db');

const KINDS = ['meeting', 'agreement', 'pledge', 'statement', 'programme'];
const ACTORS = ['VNM', 'PHL', 'THA', 'IDN', 'MYS', 'iom', 'asean', 'un'];
const names = COLUMNS.records.map((c) => c.name);
const out = fs.createWriteStream(csv);
out.write(`${names.join(',')}\n`);
for (let i = 0; i < rows; i++) {
  const y = 2000 + (i % 25);
  const m = String((i % 12) + 1).padStart(2, '0');
  const cells: Record<string, string> = {
    id: `bench-${i}`,
    kind: KINDS[i % KINDS.length]!,
    title: `Benchmark record ${i}`,
    summary: `Generated row ${i} for the import benchmark.`,
    date: `${y}-${m}`,
    participants: `${ACTORS[i % ACTORS.length]}:host;${ACTORS[(i + 3) % ACTORS.length]}:party`,
    topics: 'labour-migration',
    objectives: String((i % 23) + 1),
    source_id: `bench-source-${i % 1000}`,
    source_publisher: 'Benchmark Press',
    source_title: `Benchmark article ${i % 1000}`,
    source_url: `https://example.org/bench/${i % 1000}`,
    source_language: 'en',
    source_licence: 'Generated',
    excerpt: `Excerpt ${i}`,
  };
  if (!out.write(`${names.map((n) => cells[n] ?? '').join(',')}\n`))
    await new Promise<void>((r) => out.once('drain', () => r()));
}
await new Promise<void>((r) => out.end(() => r()));
fs.copyFileSync(path.resolve('var', 'compact-atlas.db'), db);

const { db: client } = createDb(`file:${db}`);
const started = Date.now();
let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
const report = await runImport(client, csv, {
  kind: 'records',
  format: 'csv',
  dryRun: false,
  change: { principal: cliPrincipal('bench'), via: 'import' },
  onProgress: (p) => p.rows % 20_000 === 0 && console.log(`  ${p.phase} ${p.rows}`),
});
clearInterval(sample);
const count = await client.cooperationRecord.count();
await client.$disconnect();
peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
console.log(
  `${report.rows} rows, ${report.errorCount} errors, committed: ${report.committed}; ${count} records in the database; ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB; ` +
    `CSV ${(fs.statSync(csv).size / 1024 / 1024).toFixed(1)} MB`,
);
