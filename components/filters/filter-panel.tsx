'use client';
// The filter controls. Pick-lists add a value (several values of one filter are alternatives), kinds
// are tick boxes, dates and text apply with the form. Everything goes through the URL.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import type { FilterOptions } from '@/lib/domain/api';
import { parsePartialDate } from '@/lib/domain/dates';
import type { ListFilterKey, RecordFilter } from '@/lib/domain/filter';
import { RECORD_KINDS, type RecordKind } from '@/lib/domain/vocab';
import type { Navigate } from '@/lib/url/use-filter-url';
import { useLabelText } from '../ui/data-label';
import { MultiCombobox, type ComboOption } from '../ui/multi-combobox';

interface Props {
  filter: RecordFilter;
  options: FilterOptions;
  navigate: Navigate;
  /** Filters a profile page fixes itself: their pickers are not shown. */
  hidden?: ListFilterKey[];
}

/** Text and period: typed, then applied together. Remounted (keyed by the URL values) so it always
 * starts from what the address says after Back, a chip or a pasted link. */
function TextAndDates({ filter, navigate }: { filter: RecordFilter; navigate: Navigate }) {
  const t = useTranslations('filters');
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const [q, setQ] = useState(filter.q ?? '');
  const [dateError, setDateError] = useState<string | null>(null);
  const ids = { from: useId(), to: useId(), q: useId(), hint: useId(), err: useId() };

  function submit(e: FormEvent) {
    e.preventDefault();
    const f = from.trim();
    const tt = to.trim();
    if ((f && !parsePartialDate(f)) || (tt && !parsePartialDate(tt))) {
      setDateError(t('badDate'));
      return;
    }
    setDateError(null);
    navigate({ ...filter, from: f || null, to: tt || null, q: q.trim() || null });
  }

  return (
    <form role="search" aria-label={t('textAndPeriod')} onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.q}>{t('q')}</label>
        <input
          id={ids.q}
          type="search"
          value={q}
          placeholder={t('qPlaceholder')}
          onChange={(e) => setQ(e.target.value)}
          maxLength={200}
        />
      </div>
      <fieldset className="field-row">
        <legend className="visually-hidden">{`${t('from')} – ${t('to')}`}</legend>
        {(['from', 'to'] as const).map((key) => {
          const value = key === 'from' ? from : to;
          return (
            <div className="field" key={key}>
              <label htmlFor={ids[key]}>{t(key)}</label>
              <input
                id={ids[key]}
                value={value}
                onChange={(e) => (key === 'from' ? setFrom : setTo)(e.target.value)}
                inputMode="numeric"
                placeholder={key === 'from' ? '2018' : '2024-12'}
                aria-describedby={`${ids.hint}${dateError ? ` ${ids.err}` : ''}`}
                aria-invalid={dateError !== null && value.trim() !== '' && !parsePartialDate(value.trim())}
              />
            </div>
          );
        })}
      </fieldset>
      <p id={ids.hint} className="hint">
        {t('dateHint')}
      </p>
      {dateError ? (
        <p id={ids.err} className="field-error" role="alert">
          {dateError}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('apply')}
        </button>
      </div>
    </form>
  );
}

/** The pick-list filters, in panel order. */
const PICKERS = ['country', 'bloc', 'actor', 'topic', 'objective'] as const;

export function FilterPanel({ filter, options, navigate, hidden = [] }: Props) {
  const show = (key: ListFilterKey) => !hidden.includes(key);
  const t = useTranslations('filters');
  const tk = useTranslations('kinds');
  const labelText = useLabelText();
  const locale = useLocale();

  const add = (key: ListFilterKey, raw: string) => {
    const value = key === 'objective' ? Number(raw) : raw;
    const current = filter[key] as Array<string | number>;
    if (!current.includes(value)) navigate({ ...filter, [key]: [...current, value] } as RecordFilter);
  };

  const lists = useMemo(() => {
    const taken = (key: ListFilterKey, v: string | number) =>
      (filter[key] as Array<string | number>).includes(v);
    return {
      country: options.countries
        .map<ComboOption>((c) => ({
          value: c.id,
          label: c.name,
          keywords: c.region ?? '',
          // M49 region names are English only in the shipped sources: said so in other languages.
          group: c.region ? labelText(c.region, locale === 'en' ? undefined : 'en') : undefined,
          disabled: taken('country', c.id),
        }))
        // Grouped by region: sorted by region, then name, so each group header appears once.
        .sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '') || a.label.localeCompare(b.label)),
      bloc: options.blocs.map<ComboOption>((b) => ({
        value: b.id,
        label: labelText(b.name, b.nameLang),
        disabled: taken('bloc', b.id),
      })),
      actor: options.organisations.map<ComboOption>((o) => ({
        value: o.id,
        label: o.acronym ? `${o.acronym} – ${labelText(o.name, o.nameLang)}` : labelText(o.name, o.nameLang),
        disabled: taken('actor', o.id),
      })),
      topic: options.topics.map<ComboOption>((o) => ({
        value: o.id,
        label: labelText(o.name, o.nameLang),
        disabled: taken('topic', o.id),
      })),
      objective: options.objectives.map<ComboOption>((o) => ({
        value: String(o.number),
        label: t('objectiveOption', { number: o.number, label: labelText(o.short, o.shortLang) }),
        keywords: o.title,
        disabled: taken('objective', o.number),
      })),
    };
  }, [options, filter, t, labelText, locale]);

  const toggleKind = (k: RecordKind, on: boolean) =>
    navigate({ ...filter, kind: on ? [...filter.kind, k] : filter.kind.filter((x) => x !== k) });

  const common = { noMatch: t('noMatch'), countLabel: (n: number) => t('optionCount', { count: n }) };

  return (
    <section className="filter-panel" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t('heading')}</h2>
      <TextAndDates key={`${filter.q}|${filter.from}|${filter.to}`} filter={filter} navigate={navigate} />
      {PICKERS.filter(show).map((key) => (
        <MultiCombobox
          key={key}
          label={t(key)}
          placeholder={t(`${key}Placeholder`)}
          options={lists[key]}
          onPick={(v) => add(key, v)}
          {...common}
        />
      ))}
      <fieldset className="checks">
        <legend>{t('kind')}</legend>
        <p className="hint">{t('kindHint')}</p>
        {RECORD_KINDS.map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={filter.kind.includes(k)}
              onChange={(e) => toggleKind(k, e.target.checked)}
            />
            {tk(k)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
