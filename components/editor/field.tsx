'use client';
// One labelled input with its error message linked by aria-describedby (and aria-invalid).
import type { ReactNode } from 'react';
import { errorId, inputId } from './draft';

interface Props {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  hint?: string;
  multiline?: boolean;
  type?: string;
  required?: boolean;
  children?: ReactNode;
}

export function Field({
  path,
  label,
  value,
  onChange,
  error,
  hint,
  multiline,
  type,
  required,
  children,
}: Props) {
  const id = inputId(path);
  const described = [hint ? `${id}-hint` : null, error ? errorId(path) : null].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
  } as const;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {children}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type ?? 'text'} onChange={(e) => onChange(e.target.value)} />
      )}
      {error ? (
        <p className="field__error" id={errorId(path)}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
