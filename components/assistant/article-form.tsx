'use client';
// The article the assistant is to read: its text and what the editor knows about it. "Read the
// article" sends it to POST /api/v1/assist/extract (the session cookie, from this page's origin).
import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import { useHydrated } from '@/components/ui/use-hydrated';
import { MAX_ARTICLE_BYTES, articleBytes } from '@/lib/assistant/request';
import type { Proposal } from '@/lib/assistant/types';

export interface ArticleInput {
  text: string;
  title: string;
  url: string;
  publisher: string;
  publishedOn: string;
  language: 'auto' | 'en' | 'fr' | 'es';
}

interface Props {
  value: ArticleInput;
  onChange: (v: ArticleInput) => void;
  onResult: (p: Proposal) => void;
  textRef: RefObject<HTMLTextAreaElement | null>;
}

const LANGUAGES = ['en', 'fr', 'es'] as const;

export function ArticleForm({ value, onChange, onResult, textRef }: Props) {
  const t = useTranslations('assistant');
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof ArticleInput) => (v: string) => onChange({ ...value, [k]: v });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!value.text.trim()) {
      setError(t('missingText'));
      textRef.current?.focus();
      return;
    }
    if (articleBytes(value.text) > MAX_ARTICLE_BYTES) {
      setError(t('tooLarge'));
      textRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const res = await fetch('/api/v1/assist/extract', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          text: value.text,
          url: value.url,
          publisher: value.publisher,
          publishedOn: value.publishedOn,
          language: value.language,
        }),
      });
      if (res.ok) return onResult((await res.json()) as Proposal);
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      if (res.status === 401) setError(t('signedOut'));
      else if (res.status === 413) setError(t('tooLarge'));
      else setError(t('failed', { message: body?.error?.message ?? res.statusText }));
    } catch {
      setError(t('failed', { message: t('network') }));
    } finally {
      setBusy(false);
    }
  }

  const field = (
    k: 'title' | 'url' | 'publisher' | 'publishedOn',
    label: string,
    opts: { hint?: string; type?: string } = {},
  ) => (
    <div className="field">
      <label htmlFor={`assist-${k}`}>{label}</label>
      {opts.hint ? (
        <p className="hint" id={`assist-${k}-hint`}>
          {opts.hint}
        </p>
      ) : null}
      <input
        id={`assist-${k}`}
        type={opts.type ?? 'text'}
        value={value[k]}
        onChange={(e) => set(k)(e.target.value)}
        aria-describedby={opts.hint ? `assist-${k}-hint` : undefined}
      />
    </div>
  );

  return (
    <form className="assist-form" method="post" onSubmit={submit} noValidate aria-busy={busy}>
      <p className="assist__lead">{t('lead')}</p>
      {error ? (
        <p className="form-error" role="alert" id="assist-error">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="assist-text">{t('text')}</label>
        <p className="hint" id="assist-text-hint">
          {t('textHint')}
        </p>
        <textarea
          id="assist-text"
          ref={textRef}
          rows={10}
          value={value.text}
          onChange={(e) => set('text')(e.target.value)}
          aria-describedby={error ? 'assist-text-hint assist-error' : 'assist-text-hint'}
          aria-invalid={error ? true : undefined}
          spellCheck={false}
        />
      </div>
      {field('title', t('title'), { hint: t('titleHint') })}
      <div className="field-row">
        {field('url', t('url'), { type: 'url' })}
        {field('publisher', t('publisher'))}
      </div>
      <div className="field-row">
        {field('publishedOn', t('publishedOn'), { hint: t('publishedOnHint') })}
        <div className="field">
          <label htmlFor="assist-language">{t('language')}</label>
          <select
            id="assist-language"
            value={value.language}
            onChange={(e) => set('language')(e.target.value)}
          >
            <option value="auto">{t('languageAuto')}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || !hydrated}>
          {busy ? t('reading') : t('read')}
        </button>
      </p>
    </form>
  );
}
