// An import, start to end: a validating pass over the whole file (nothing written), then — unless it
// is a dry run or a row is wrong — a second pass that writes everything in ONE transaction. Any
// failure during that pass rolls the whole import back: the database is exactly as before.
import type { Db } from '../db/client';
import type { ChangeContext } from '../editing/audit';
import type { ImportKind } from './columns';
import { createWriter, newBatchId } from './commit';
import { csvRows, FileProblem, jsonRows, type ImportFormat, type RawRow } from './rows';
import { headerErrors, loadImportContext, validateRow, type Parsed, type RowError } from './validate';

export const MAX_LISTED_ERRORS = 500;
const PREVIEW_ROWS = 50;

export interface ImportProgress {
  phase: 'validate' | 'write';
  rows: number;
}

export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  rows: number;
  create: number;
  update: number;
  errorCount: number;
  /** The first MAX_LISTED_ERRORS problems, in file order. */
  errors: RowError[];
  preview: Array<{ row: number; id: string; action: 'create' | 'update'; label: string }>;
  committed: boolean;
  batchId: string | null;
}

export interface ImportOptions {
  kind: ImportKind;
  format: ImportFormat;
  dryRun: boolean;
  change: ChangeContext;
  onProgress?: (p: ImportProgress) => void;
  batchSize?: number;
  /** Tests: throw after writing this many batches, to prove the rollback. */
  failAfterBatches?: number;
}

async function* validRows(
  file: string,
  opts: ImportOptions,
  onHeaderErrors: (e: RowError[]) => void,
): AsyncGenerator<RawRow & { fromCsv: boolean }> {
  if (opts.format === 'csv') {
    for await (const r of csvRows(file)) {
      if ('header' in r) {
        const errors = headerErrors(opts.kind, r.header);
        if (errors.length) return onHeaderErrors(errors);
        continue;
      }
      yield { ...r, fromCsv: true };
    }
  } else for await (const r of jsonRows(file, opts.format, opts.kind)) yield { ...r, fromCsv: false };
}

export async function runImport(db: Db, file: string, opts: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = {
    kind: opts.kind,
    dryRun: opts.dryRun,
    rows: 0,
    create: 0,
    update: 0,
    errorCount: 0,
    errors: [],
    preview: [],
    committed: false,
    batchId: null,
  };
  const addError = (e: RowError) => {
    report.errorCount++;
    if (report.errors.length < MAX_LISTED_ERRORS) report.errors.push(e);
  };
  try {
    // Pass 1: validate every row; remember nothing but ids (for duplicates) and counts.
    const ctx = await loadImportContext(db, opts.kind);
    const seen = new Map<string, number>();
    for await (const r of validRows(file, opts, (errs) => errs.forEach(addError))) {
      report.rows++;
      if (r.error) addError({ row: r.row, ...r.error });
      else {
        const v = validateRow(opts.kind, r.row, r.value, r.fromCsv, ctx, seen);
        if (!v.ok) v.errors.forEach(addError);
        else {
          const action = ctx.existing.has(v.parsed.key) ? 'update' : 'create';
          report[action]++;
          if (report.preview.length < PREVIEW_ROWS)
            report.preview.push({ row: r.row, id: v.parsed.key, action, label: v.parsed.label });
        }
      }
      if (report.rows % 1000 === 0) opts.onProgress?.({ phase: 'validate', rows: report.rows });
    }
    opts.onProgress?.({ phase: 'validate', rows: report.rows });
    if (report.errorCount || opts.dryRun || report.rows === 0) return report;

    // Pass 2: the same rows again, written in one transaction.
    const batchId = newBatchId();
    const change = { ...opts.change, via: 'import' as const, batchId };
    const size = opts.batchSize ?? 500;
    await db.$transaction(
      async (tx) => {
        const wctx = await loadImportContext(tx, opts.kind);
        const writer = await createWriter(tx, wctx, change);
        const seen2 = new Map<string, number>();
        let batch: Parsed[] = [];
        let written = 0;
        let batches = 0;
        const flush = async () => {
          if (!batch.length) return;
          await writer.write(batch);
          written += batch.length;
          batch = [];
          if (++batches === opts.failAfterBatches) throw new Error('Import stopped on purpose (test).');
          opts.onProgress?.({ phase: 'write', rows: written });
        };
        for await (const r of validRows(file, opts, () => undefined)) {
          const v = validateRow(opts.kind, r.row, r.value, r.fromCsv, wctx, seen2);
          // Someone changed the database between the passes: stop, and roll everything back.
          if (!v.ok) throw new Error(`Row ${r.row} is no longer valid: ${v.errors[0]?.message}`);
          batch.push(v.parsed);
          if (batch.length >= size) await flush();
        }
        await flush();
      },
      { timeout: 60 * 60_000, maxWait: 30_000 },
    );
    report.committed = true;
    report.batchId = batchId;
    return report;
  } catch (err) {
    if (err instanceof FileProblem) {
      addError({ row: 0, column: null, message: err.message });
      return report;
    }
    throw err;
  }
}
