'use client';
// The repeating parts of the editor: participants (with actor search), people, topics, GCM objectives
// and sources with their excerpts.
import type { Dispatch, SetStateAction } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import { PARTICIPANT_ROLES } from '@/lib/domain/vocab';
import { ActorSearch } from './actor-search';
import { emptySource, errorId, inputId, type Draft } from './draft';
import { Field } from './field';
import type { EditorOptions } from './record-form';

interface Props {
  draft: Draft;
  setDraft: Dispatch<SetStateAction<Draft>>;
  errorOf: (path: string) => string | undefined;
  options: EditorOptions;
}

function update<T>(list: T[], i: number, patch: Partial<T>): T[] {
  return list.map((x, j) => (j === i ? { ...x, ...patch } : x));
}

export function ListSections({ draft, setDraft, errorOf, options }: Props) {
  const t = useTranslations('staff.editor');
  const tr = useTranslations('roles');
  const edit = <K extends 'participants' | 'people' | 'sources'>(key: K, fn: (l: Draft[K]) => Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: fn(d[key]) }));
  const listError = (path: string) =>
    errorOf(path) ? (
      <p className="field__error" id={errorId(path)}>
        {errorOf(path)}
      </p>
    ) : null;
  const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  return (
    <>
      <fieldset
        className="repeat"
        aria-describedby={errorOf('participants') ? errorId('participants') : undefined}
      >
        <legend>{t('participants')}</legend>
        {listError('participants')}
        {draft.participants.map((p, i) => (
          <div key={i} className="repeat__item">
            <ActorSearch
              inputId={inputId(`participants.${i}.actor`)}
              label={`${t('actor')} ${i + 1}`}
              value={p.actor}
              known={options.actorNames[p.actor] ?? null}
              onPick={(a) => edit('participants', (l) => update(l, i, { actor: a.id }))}
              describedBy={
                errorOf(`participants.${i}.actor`) ? errorId(`participants.${i}.actor`) : undefined
              }
              invalid={Boolean(errorOf(`participants.${i}.actor`))}
            />
            {listError(`participants.${i}.actor`)}
            <Field
              path={`participants.${i}.role`}
              label={t('role')}
              value={p.role}
              onChange={(v) => edit('participants', (l) => update(l, i, { role: v }))}
              error={errorOf(`participants.${i}.role`)}
            >
              {PARTICIPANT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </Field>
            <Field
              path={`participants.${i}.detail`}
              label={t('detail')}
              value={p.detail}
              onChange={(v) => edit('participants', (l) => update(l, i, { detail: v }))}
            />
            <button
              type="button"
              className="link-button"
              onClick={() => edit('participants', (l) => l.filter((_, j) => j !== i))}
            >
              {t('remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => edit('participants', (l) => [...l, { actor: '', role: 'party', detail: '' }])}
        >
          {t('addParticipant')}
        </button>
      </fieldset>

      <fieldset className="repeat">
        <legend>{t('people')}</legend>
        {draft.people.map((p, i) => (
          <div key={i} className="repeat__item field-row">
            {(['name', 'title', 'affiliation'] as const).map((k) => (
              <Field
                key={k}
                path={`people.${i}.${k}`}
                label={k === 'name' ? t('personName') : k === 'title' ? t('personTitle') : t('affiliation')}
                value={p[k]}
                onChange={(v) => edit('people', (l) => update(l, i, { [k]: v }))}
                error={errorOf(`people.${i}.${k}`)}
              />
            ))}
            <button
              type="button"
              className="link-button"
              onClick={() => edit('people', (l) => l.filter((_, j) => j !== i))}
            >
              {t('remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => edit('people', (l) => [...l, { name: '', title: '', affiliation: '' }])}
        >
          {t('addPerson')}
        </button>
      </fieldset>

      <fieldset className="checks">
        <legend>{t('topics')}</legend>
        {options.topics.map((tp) => (
          <label key={tp.id} className="check">
            <input
              type="checkbox"
              checked={draft.topics.includes(tp.id)}
              onChange={() => setDraft((d) => ({ ...d, topics: toggle(d.topics, tp.id) }))}
            />{' '}
            {tp.name}
          </label>
        ))}
      </fieldset>

      <fieldset className="checks">
        <legend>{t('objectives')}</legend>
        {options.objectives.map((o) => (
          <label key={o.number} className="check">
            <input
              type="checkbox"
              checked={draft.objectives.includes(o.number)}
              onChange={() => setDraft((d) => ({ ...d, objectives: toggle(d.objectives, o.number) }))}
            />{' '}
            {o.number}. {o.short}
          </label>
        ))}
      </fieldset>

      <fieldset className="repeat" aria-describedby={errorOf('sources') ? errorId('sources') : undefined}>
        <legend>{t('sources')}</legend>
        {listError('sources')}
        {draft.sources.map((s, i) => {
          const src = (k: keyof Draft['sources'][number]['source'], label: string, type?: string) => (
            <Field
              path={`sources.${i}.source.${k}`}
              label={label}
              type={type}
              value={s.source[k]}
              onChange={(v) => edit('sources', (l) => update(l, i, { source: { ...l[i]!.source, [k]: v } }))}
              error={errorOf(`sources.${i}.source.${k}`)}
            />
          );
          return (
            <div key={i} className="repeat__item">
              <div className="field-row">
                {src('publisher', t('publisher'))}
                {src('title', t('sourceTitle'))}
              </div>
              <div className="field-row">
                {src('url', t('url'), 'url')}
                {src('language', t('language'))}
                {src('publishedOn', t('published'))}
              </div>
              {src('licence', t('licence'))}
              <Field
                path={`sources.${i}.excerpt`}
                label={t('excerpt')}
                multiline
                value={s.excerpt}
                onChange={(v) => edit('sources', (l) => update(l, i, { excerpt: v }))}
                error={errorOf(`sources.${i}.excerpt`)}
              />
              <button
                type="button"
                className="link-button"
                onClick={() => edit('sources', (l) => l.filter((_, j) => j !== i))}
              >
                {t('remove')}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button"
          onClick={() => edit('sources', (l) => [...l, emptySource()])}
        >
          {t('addSource')}
        </button>
      </fieldset>
    </>
  );
}
