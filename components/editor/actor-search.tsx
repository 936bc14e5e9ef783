'use client';
// Picks an actor by any of its names, acronyms or aliases in any language (GET /api/v1/actors?q=,
// which matches the folded names and aliases). ARIA 1.2 combobox: arrows move, Enter picks, Escape
// closes; the chosen actor's name is shown beside its id.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import type { ActorRef } from '@/lib/domain/api';

interface Props {
  inputId: string;
  label: string;
  value: string;
  known: string | null;
  onPick: (actor: ActorRef) => void;
  describedBy?: string;
  invalid?: boolean;
}

export function ActorSearch({ inputId, label, value, known, onPick, describedBy, invalid }: Props) {
  const t = useTranslations('staff.editor');
  const locale = useLocale();
  const listId = `${useId()}-list`;
  const [text, setText] = useState('');
  const [items, setItems] = useState<ActorRef[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (text.trim().length < 2) return;
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/actors?q=${encodeURIComponent(text)}&lang=${locale}`, { signal: ctrl.signal })
        .then((r) => r.json() as Promise<{ items: ActorRef[] }>)
        .then((b) => {
          setItems(b.items.slice(0, 30));
          setActive(0);
          setOpen(true);
        })
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [text, locale]);

  const pick = (a: ActorRef | undefined) => {
    if (!a) return;
    onPick(a);
    setText('');
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, items.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter' && open) pick(items[active]);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
  };

  return (
    <div className="combobox actor-search">
      <label htmlFor={inputId}>{label}</label>
      {value ? (
        <p className="actor-search__chosen">
          <strong>{known ?? value}</strong> <code>{value}</code>
        </p>
      ) : null}
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && items[active] ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        placeholder={t('actorSearch')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKey}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" className="combobox__list" hidden={!open} aria-label={label}>
        {items.length === 0 ? (
          <li role="option" aria-disabled="true" aria-selected="false" className="combobox__empty">
            {t('noResults')}
          </li>
        ) : (
          items.map((a, i) => (
            <li
              key={a.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'combobox__option is-active' : 'combobox__option'}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(a);
              }}
            >
              {a.name}
              {a.acronym && a.kind !== 'state' ? ` (${a.acronym})` : ''} <code>{a.id}</code>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
