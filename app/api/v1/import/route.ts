// POST /api/v1/import?kind=records|actors|memberships&format=csv|json|jsonl[&dryRun=1]
// The body is the file itself. A dry run (or a file with any bad row) writes nothing and lists the
// problems; otherwise everything is written in one transaction. With `Accept: application/x-ndjson`
// the answer streams progress lines, then the report.
import fs from 'node:fs';
import { ApiProblem, badParameters, checkParams, handle, json } from '@/lib/server/api';
import { authorize, clientIp } from '@/lib/server/auth';
import { invalidateAssistantDictionary } from '@/lib/server/assistant';
import { getDb } from '@/lib/server/db';
import { IMPORT_KINDS, type ImportKind } from '@/lib/import/columns';
import { runImport, type ImportProgress, type ImportReport } from '@/lib/import/run';
import type { ImportFormat } from '@/lib/import/rows';
import { MAX_IMPORT_BYTES, spool, TooLarge } from '@/lib/import/spool';

const FORMATS = ['csv', 'json', 'jsonl'] as const;

function formatOf(params: URLSearchParams, type: string): ImportFormat {
  const f = params.get('format');
  if (f) return f as ImportFormat;
  if (/json-?l|ndjson/i.test(type)) return 'jsonl';
  if (/json/i.test(type)) return 'json';
  return 'csv';
}

const tooLarge = (message: string) => new ApiProblem(413, { error: { code: 'too_large', message } });

export function POST(request: Request) {
  return handle(async () => {
    const principal = await authorize(request, 'editor');
    const params = new URL(request.url).searchParams;
    const issues = checkParams(params, {
      kind: { values: IMPORT_KINDS, expected: IMPORT_KINDS.join(', ') },
      format: { values: FORMATS, expected: FORMATS.join(', ') },
      dryRun: { values: ['0', '1', 'true', 'false'], expected: '1 or 0' },
    });
    if (issues.length) throw badParameters(issues);
    const declared = Number(request.headers.get('content-length') ?? 0);
    if (declared > MAX_IMPORT_BYTES)
      throw tooLarge('The file is larger than 50 MB: split it into several imports.');
    // Everything that can refuse the request does so before the upload is spooled to a file.
    const opts = {
      kind: (params.get('kind') ?? 'records') as ImportKind,
      format: formatOf(params, request.headers.get('content-type') ?? ''),
      dryRun: ['1', 'true'].includes(params.get('dryRun') ?? ''),
      change: { principal, via: 'import' as const, ip: clientIp(request.headers) },
    };
    let file: string;
    try {
      file = await spool(request.body);
    } catch (err) {
      if (err instanceof TooLarge) throw tooLarge(`${err.message} Split it into several imports.`);
      throw err;
    }
    const finish = (report: ImportReport) => {
      fs.rmSync(file, { force: true });
      // New actors and aliases are names the article assistant must recognise from now on.
      if (report.committed && opts.kind === 'actors') invalidateAssistantDictionary();
    };
    const status = (r: ImportReport) => (r.errorCount ? 422 : 200);

    if (!/application\/x-ndjson/.test(request.headers.get('accept') ?? '')) {
      try {
        const report = await runImport(getDb().db, file, opts);
        finish(report);
        return json(report, { status: status(report), headers: { 'cache-control': 'no-store' } });
      } finally {
        fs.rmSync(file, { force: true });
      }
    }
    // Progress as it happens, for the import page's progress bar.
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        try {
          const report = await runImport(getDb().db, file, {
            ...opts,
            onProgress: (p: ImportProgress) => send({ progress: p }),
          });
          finish(report);
          send({ report });
        } catch (err) {
          console.error('[import] failed', err);
          send({ error: { code: 'internal', message: 'The import failed; nothing was written.' } });
        } finally {
          fs.rmSync(file, { force: true });
          controller.close();
        }
      },
    });
    return new Response(stream, {
      headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' },
    });
  });
}
