'use client';
// Upload a file to POST /api/v1/import: first a dry run (the preview and every row-level problem), then
// the import itself. Progress lines stream back as the server reads and writes.
import { useRef, useState } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import type { ImportProgress, ImportReport } from '@/lib/import/run';

const KINDS = ['records', 'actors', 'memberships'] as const;

export function ImportForm() {
  const t = useTranslations('staff.import');
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<(typeof KINDS)[number]>('records');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(dryRun: boolean) {
    const file = fileRef.current?.files?.[0];
    if (!file) return fileRef.current?.focus();
    setBusy(true);
    setReport(null);
    setFailure(null);
    setProgress({ phase: 'validate', rows: 0 });
    const format = /\.jsonl$|\.ndjson$/i.test(file.name)
      ? 'jsonl'
      : /\.json$/i.test(file.name)
        ? 'json'
        : 'csv';
    try {
      const res = await fetch(`/api/v1/import?kind=${kind}&format=${format}${dryRun ? '&dryRun=1' : ''}`, {
        method: 'POST',
        headers: { accept: 'application/x-ndjson', 'content-type': 'application/octet-stream' },
        body: file,
      });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setFailure(body?.error?.message ?? res.statusText);
        return;
      }
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines.filter(Boolean)) {
          const msg = JSON.parse(line) as {
            progress?: ImportProgress;
            report?: ImportReport;
            error?: { message: string };
          };
          if (msg.progress) setProgress(msg.progress);
          if (msg.report) setReport(msg.report);
          if (msg.error) setFailure(msg.error.message);
        }
      }
    } finally {
      setBusy(false);
    }
  }

  const total = report?.rows ?? 0;
  return (
    <div className="import">
      <div className="field">
        <label htmlFor="import-kind">{t('kind')}</label>
        <select id="import-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <p>
        {t('templates')}: <a href={`/api/v1/import/template.csv?kind=${kind}`}>CSV</a> ·{' '}
        <a href={`/api/v1/import/template.json?kind=${kind}`}>JSON</a>. {t('format')}
      </p>
      <div className="field">
        <label htmlFor="import-file">{t('file')}</label>
        <input
          id="import-file"
          ref={fileRef}
          type="file"
          accept=".csv,.json,.jsonl,.ndjson,text/csv,application/json"
        />
      </div>
      <p className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => send(true)}>
          {t('check')}
        </button>{' '}
        <button
          type="button"
          className="button button--primary"
          disabled={busy || !report?.dryRun || report.errorCount > 0 || report.rows === 0}
          onClick={() => send(false)}
        >
          {t('commit')}
        </button>
      </p>
      {progress ? (
        <p className="import__progress">
          <label htmlFor="import-progress">{t('progress')}</label>{' '}
          <progress
            id="import-progress"
            max={total || undefined}
            value={progress.phase === 'write' ? progress.rows : undefined}
          />{' '}
          <span role="status">
            {progress.phase === 'validate'
              ? t('checked', { rows: progress.rows })
              : t('written', { rows: progress.rows })}
          </span>
        </p>
      ) : null}
      {failure ? (
        <p className="form-error" role="alert">
          {t('failed', { message: failure })}
        </p>
      ) : null}
      {report ? <ImportReportView report={report} /> : null}
    </div>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const t = useTranslations('staff.import');
  return (
    <section aria-live="polite" className="import__report">
      <p>
        <strong>
          {t('summary', {
            rows: report.rows,
            create: report.create,
            update: report.update,
            errors: report.errorCount,
          })}
        </strong>{' '}
        {report.committed ? t('done', { rows: report.rows }) : t('nothingWritten')}
      </p>
      {report.errors.length ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('row')}</th>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('problem')}</th>
              <th scope="col">{t('expected')}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e, i) => (
              <tr key={i}>
                <td>{e.row}</td>
                <td>{e.column ?? '—'}</td>
                <td>{e.message}</td>
                <td>{e.expected ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
