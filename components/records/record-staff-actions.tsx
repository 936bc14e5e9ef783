'use client';
// Edit, Delete (soft) and Restore on a record page, and Revert in its history: staff only.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import {
  deleteRecordAction,
  restoreRecordAction,
  revertChangeAction,
  type ActionResult,
} from '@/lib/server/record-actions';

function useRun() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<ActionResult>) => {
    setBusy(true);
    const r = await fn();
    setBusy(false);
    if (r.ok) {
      setError(null);
      router.refresh();
    } else setError(r.message);
  };
  return { run, error, busy };
}

export function RecordActions(props: { id: string; version: number; deleted: boolean; editHref: string }) {
  const t = useTranslations('staff.record');
  const { run, error, busy } = useRun();
  return (
    <div className="record-actions">
      {props.deleted ? (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => run(() => restoreRecordAction(props.id))}
        >
          {t('restore')}
        </button>
      ) : (
        <>
          <a className="button" href={props.editHref}>
            {t('edit')}
          </a>{' '}
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() =>
              window.confirm(t('deleteConfirm')) && run(() => deleteRecordAction(props.id, props.version))
            }
          >
            {t('delete')}
          </button>
        </>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function RevertButton({ entryId, label }: { entryId: number; label: string }) {
  const t = useTranslations('staff.record');
  const { run, error, busy } = useRun();
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        aria-label={label}
        onClick={() => window.confirm(t('revertConfirm')) && run(() => revertChangeAction(entryId))}
      >
        {t('revert')}
      </button>
      {error ? (
        <span className="form-error" role="alert">
          {' '}
          {error}
        </span>
      ) : null}
    </>
  );
}
