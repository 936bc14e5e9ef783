// npm run import -- file.csv [--kind records|actors|memberships] [--dry-run]
// Validates the whole file first (row-level errors, nothing written), then writes it in one
// transaction, printing progress lines. Exit code 1 when anything is wrong (nothing is written then).
import os from 'node:os';
import path from 'node:path';
import { cliPrincipal } from '../lib/auth/principal';
import { createDb } from '../lib/db/client';
import { IMPORT_KINDS, type ImportKind } from '../lib/import/columns';
import { runImport } from '../lib/import/run';
import type { ImportFormat } from '../lib/import/rows';
import { parseArgs } from './cli-args';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const file = args.positional[0];
  const kind = (args.str('kind') ?? 'records') as ImportKind;
  if (!file || !IMPORT_KINDS.includes(kind)) {
    console.error(
      'Usage: npm run import -- file.csv|file.json|file.jsonl [--kind records|actors|memberships] [--dry-run]',
    );
    process.exit(2);
  }
  const ext = path.extname(file).slice(1).toLowerCase();
  const format: ImportFormat =
    ext === 'json' ? 'json' : ext === 'jsonl' || ext === 'ndjson' ? 'jsonl' : 'csv';
  const { db, engine } = createDb();
  const started = Date.now();
  try {
    const report = await runImport(db, path.resolve(file), {
      kind,
      format,
      dryRun: args.has('dry-run'),
      change: { principal: cliPrincipal(os.userInfo().username), via: 'import' },
      onProgress: (p) => console.log(`  ${p.phase === 'validate' ? 'checked' : 'written'} ${p.rows} rows`),
    });
    for (const e of report.errors)
      console.log(
        `  row ${e.row}${e.column ? `, column ${e.column}` : ''}: ${e.message}${e.expected ? ` (expected: ${e.expected})` : ''}`,
      );
    if (report.errorCount > report.errors.length)
      console.log(`  … and ${report.errorCount - report.errors.length} more`);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const what = `${report.rows} rows: ${report.create} to create, ${report.update} to change, ${report.errorCount} with errors`;
    if (report.committed) console.log(`Imported into ${engine} in ${secs} s. ${what}.`);
    else console.log(`${report.dryRun ? 'Dry run' : 'Nothing written'} (${secs} s). ${what}.`);
    if (report.errorCount) process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
