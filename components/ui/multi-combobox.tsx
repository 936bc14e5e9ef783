'use client';
// A searchable pick-list (ARIA 1.2 combobox with a listbox popup). Typing narrows the options,
// accent- and case-insensitively; arrows move, Enter or a click picks, Escape closes. Picking never
// happens by merely moving through the list, so keyboard users can browse safely.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { fold } from '@/lib/text/fold';

export interface ComboOption {
  value: string;
  label: string;
  /** Extra words to match on (acronyms, other names). */
  keywords?: string;
  group?: string;
  disabled?: boolean;
}

interface Props {
  label: string;
  placeholder: string;
  options: ComboOption[];
  onPick: (value: string) => void;
  noMatch: string;
  /** Announced count, e.g. "12 options". */
  countLabel: (n: number) => string;
}

const MAX_SHOWN = 80;

export function MultiCombobox({ label, placeholder, options, onPick, noMatch, countLabel }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  const indexed = useMemo(
    () => options.map((o) => ({ ...o, haystack: fold(`${o.label} ${o.keywords ?? ''} ${o.value}`) })),
    [options],
  );
  const matches = useMemo(() => {
    const q = fold(text);
    const found = q ? indexed.filter((o) => o.haystack.includes(q)) : indexed;
    return found.filter((o) => !o.disabled).slice(0, MAX_SHOWN);
  }, [indexed, text]);

  const pick = (value: string) => {
    onPick(value);
    setText('');
    setActive(0);
    setOpen(false);
    inputRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      if (open && matches[active]) {
        e.preventDefault();
        pick(matches[active]!.value);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else setText('');
    } else if (e.key === 'Home' && open) {
      setActive(0);
    } else if (e.key === 'End' && open) {
      setActive(matches.length - 1);
    }
  };

  let lastGroup: string | undefined;
  const activeId = open && matches[active] ? `${id}-opt-${active}` : undefined;

  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(false)}
        onClick={() => setOpen((o) => !o)}
        onBlur={() => setTimeout(() => setOpen(false), 120)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!open}>
        {open && matches.length === 0 ? (
          <li role="option" aria-disabled="true" aria-selected="false" className="combobox__empty">
            {noMatch}
          </li>
        ) : null}
        {open
          ? matches.map((o, i) => {
              const header = o.group && o.group !== lastGroup ? o.group : null;
              lastGroup = o.group;
              return (
                <li
                  key={o.value}
                  id={`${id}-opt-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={`combobox__option${i === active ? ' is-active' : ''}`}
                  data-group={header ?? undefined}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(o.value)}
                  onMouseMove={() => setActive(i)}
                >
                  {header ? (
                    <span className="combobox__group" aria-hidden="true">
                      {header}
                    </span>
                  ) : null}
                  {o.label}
                </li>
              );
            })
          : null}
      </ul>
      {open ? (
        <span className="visually-hidden" role="status">
          {countLabel(matches.length)}
        </span>
      ) : null}
    </div>
  );
}
