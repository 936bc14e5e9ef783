'use client';
// The record editor: every field of a record, checked in the browser with the same zod schema the
// server uses, saved through a server action. Problems are listed in a summary that takes focus, each
// linked to its field; a save refused because someone else saved first shows their changes.
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { FieldIssue } from '@/lib/domain/api';
import { fieldIssues } from '@/lib/domain/field-issues';
import { withDefaultIds } from '@/lib/domain/record-ids';
import { recordInputSchema } from '@/lib/domain/record-input';
import { DATE_BASES, RECORD_KINDS } from '@/lib/domain/vocab';
import type { Conflict } from '@/lib/editing/commands';
import { saveRecordAction } from '@/lib/server/record-actions';
import { ConflictPanel } from './conflict-panel';
import { draftOf, inputId, rawOf, type Draft } from './draft';
import { Field } from './field';
import { ListSections } from './list-sections';

export interface EditorOptions {
  places: Array<{ id: string; name: string }>;
  topics: Array<{ id: string; name: string }>;
  objectives: Array<{ number: number; short: string }>;
  actorNames: Record<string, string>;
  kindLabels: Record<string, string>;
}

interface Props {
  initial: Draft;
  target: { id: string; version: number } | null;
  options: EditorOptions;
  /** The record pages' path prefix in this locale ("/records/" or "/fr/records/"). */
  recordBase: string;
  cancelHref: string;
}

export function RecordForm({ initial, target: initialTarget, options, recordBase, cancelHref }: Props) {
  const t = useTranslations('staff.editor');
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(initial);
  const [target, setTarget] = useState(initialTarget);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const summaryRef = useRef<HTMLDivElement>(null);
  const errorOf = (path: string) => issues.find((i) => i.path === path)?.message;
  // "sources.0.source.publisher" → "Sources 1: Publisher", as the form labels it.
  const labelOf = (path: string) => {
    const [head = '', n, a, b] = path.split('.');
    const leaf = b ?? a;
    const known: Record<string, string> = {
      kind: t('kind'),
      title: t('title'),
      summary: t('summary'),
      date: t('date'),
      endDate: t('endDate'),
      dateBasis: t('dateBasis'),
      place: t('place'),
      id: t('id'),
      dataNote: t('dataNote'),
      participants: t('participants'),
      people: t('people'),
      topics: t('topics'),
      objectives: t('objectives'),
      sources: t('sources'),
      actor: t('actor'),
      role: t('role'),
      detail: t('detail'),
      name: t('personName'),
      affiliation: t('affiliation'),
      publisher: t('publisher'),
      url: t('url'),
      language: t('language'),
      publishedOn: t('published'),
      licence: t('licence'),
      excerpt: t('excerpt'),
    };
    if (n === undefined || !/^\d+$/.test(n)) return known[head] ?? path;
    const item = `${known[head] ?? head} ${Number(n) + 1}`;
    if (!leaf) return item;
    return `${item}: ${head === 'sources' && leaf === 'title' ? t('sourceTitle') : head === 'people' && leaf === 'title' ? t('personTitle') : (known[leaf] ?? leaf)}`;
  };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const show = (list: FieldIssue[], msg: string | null = null) => {
    setIssues(list);
    setMessage(msg);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const raw = withDefaultIds(rawOf(draft));
    const parsed = recordInputSchema.safeParse(raw);
    if (!parsed.success) return show(fieldIssues(parsed.error));
    setBusy(true);
    const result = await saveRecordAction(target, raw);
    setBusy(false);
    if (result.ok) {
      router.push(`${recordBase}${encodeURIComponent(result.id)}`);
      router.refresh();
      return;
    }
    if (result.code === 'invalid') return show(result.fields, result.message);
    if (result.code === 'conflict') {
      setConflict(result.conflict);
      return show([], result.message);
    }
    show([], result.code === 'forbidden' || result.code === 'unauthenticated' ? t('denied') : result.message);
  }

  function reload(c: Conflict) {
    setDraft(draftOf(c.current));
    setTarget({ id: c.current.id, version: c.version });
    setConflict(null);
    setIssues([]);
    setMessage(null);
  }

  const fieldProps = (path: keyof Draft & string, label: string) => ({
    path,
    label,
    value: String(draft[path] ?? ''),
    onChange: (v: string) => set(path, v as never),
    error: errorOf(path),
  });

  return (
    <form className="record-form" method="post" onSubmit={submit} noValidate aria-busy={busy}>
      {issues.length || message ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2>{issues.length ? t('errorSummary', { count: issues.length }) : message}</h2>
          {issues.length ? (
            <ul>
              {issues.map((i) => (
                <li key={i.path}>
                  <a href={`#${inputId(i.path)}`}>{`${labelOf(i.path)}: ${i.message}`}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {conflict ? <ConflictPanel conflict={conflict} onReload={() => reload(conflict)} /> : null}

      <fieldset>
        <legend className="visually-hidden">{t('title')}</legend>
        <Field {...fieldProps('kind', t('kind'))}>
          {RECORD_KINDS.map((k) => (
            <option key={k} value={k}>
              {options.kindLabels[k] ?? k}
            </option>
          ))}
        </Field>
        <Field {...fieldProps('title', t('title'))} required />
        <Field {...fieldProps('summary', t('summary'))} multiline />
        <div className="field-row">
          <Field {...fieldProps('date', t('date'))} hint={t('dateHint')} required />
          <Field {...fieldProps('endDate', t('endDate'))} />
          <Field {...fieldProps('dateBasis', t('dateBasis'))}>
            {DATE_BASES.map((b) => (
              <option key={b} value={b}>
                {b === 'event' ? t('basisEvent') : t('basisReported')}
              </option>
            ))}
          </Field>
        </div>
        <Field {...fieldProps('place', t('place'))}>
          <option value="">{t('noPlace')}</option>
          {options.places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Field>
        {target ? null : <Field {...fieldProps('id', t('id'))} hint={t('idHint')} />}
      </fieldset>

      <ListSections draft={draft} setDraft={setDraft} errorOf={errorOf} options={options} />

      <Field {...fieldProps('dataNote', t('dataNote'))} multiline />
      <p className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || !hydrated}>
          {busy ? t('saving') : t('save')}
        </button>{' '}
        <a href={cancelHref}>{t('cancel')}</a>
      </p>
    </form>
  );
}
