'use client';
// A read-only text (code or address) with a Copy button that says whether it worked.
import { useId, useRef, useState } from 'react';
import { useTranslations } from '@/lib/i18n/translations';

export function CopyField({
  label,
  value,
  multiline = false,
}: {
  label: string;
  value: string;
  multiline?: boolean;
}) {
  const t = useTranslations('embed');
  const id = useId();
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [status, setStatus] = useState<'copied' | 'copyFailed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // No clipboard permission (an insecure origin, a denied prompt): select it for the reader.
      field.current?.select();
      setStatus('copyFailed');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        {multiline ? (
          <textarea id={id} ref={field} readOnly value={value} rows={4} spellCheck={false} />
        ) : (
          <input id={id} ref={field} readOnly value={value} spellCheck={false} />
        )}
        <button type="button" className="button" onClick={copy}>
          {t('copy')}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {status ? t(status) : ''}
      </p>
    </div>
  );
}
