'use client';
// One suggestion under review: a labelled group with its heading, the evidence in words, and the
// editor's decision as toggle buttons (aria-pressed); "Change" discloses the controls to amend it.
// Focusing or hovering anything inside highlights, in the article, the sentence it rests on.
import { useId, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import type { Confidence, Proposal } from '@/lib/assistant/types';
import type { AssistantOptions } from './new-record-flow';
import type { Decision, Review } from './review-model';

/** What every section of the review gets. */
export interface SectionProps {
  p: Proposal;
  review: Review;
  setReview: Dispatch<SetStateAction<Review>>;
  options: AssistantOptions;
  active: string | null;
  activate: (key: string) => void;
}

/** Sets a decision; a change made to a suggestion accepts it (the editor can still reject it). */
export function decide(setReview: SectionProps['setReview'], key: string, d: Decision | undefined) {
  setReview((r) => ({ ...r, decisions: { ...r.decisions, [key]: d } }));
}

export function changed(
  setReview: SectionProps['setReview'],
  key: string,
  patch: (r: Review) => Partial<Review>,
) {
  setReview((r) => ({ ...r, ...patch(r), decisions: { ...r.decisions, [key]: 'accept' } }));
}

interface CardProps {
  k: string;
  title: string;
  s: SectionProps;
  /** Omitted for what is shown but cannot be accepted (a city not in the places list). */
  decidable?: boolean;
  confidence?: Confidence;
  /** The controls "Change" discloses. */
  change?: ReactNode;
  children?: ReactNode;
}

export function SuggestionCard({ k, title, s, decidable = true, confidence, change, children }: CardProps) {
  const t = useTranslations('assistant');
  const id = useId();
  const [open, setOpen] = useState(false);
  const decision = s.review.decisions[k];
  const toggle = (d: Decision) => decide(s.setReview, k, decision === d ? undefined : d);
  return (
    <div
      role="group"
      aria-labelledby={`${id}-h`}
      className={`suggestion suggestion--${decision ?? 'open'}${s.active === k ? ' suggestion--active' : ''}`}
      onFocus={() => s.activate(k)}
      onMouseEnter={() => s.activate(k)}
    >
      <div className="suggestion__head">
        <h4 id={`${id}-h`}>{title}</h4>
        {confidence ? (
          <span className={`suggestion__confidence suggestion__confidence--${confidence}`}>
            {t(`confidence.${confidence}`)}
          </span>
        ) : null}
      </div>
      {children}
      {change && open ? (
        <div className="suggestion__change" id={`${id}-change`}>
          {change}
        </div>
      ) : null}
      {decidable ? (
        <div className="suggestion__decide">
          {(['accept', 'reject'] as const).map((d) => (
            <button
              key={d}
              type="button"
              className={`button button--small suggestion__${d}`}
              aria-pressed={decision === d}
              onClick={() => toggle(d)}
            >
              {t(d)}
              <span className="visually-hidden"> {title}</span>
            </button>
          ))}
          {change ? (
            <button
              type="button"
              className="button button--small"
              aria-expanded={open}
              aria-controls={open ? `${id}-change` : undefined}
              onClick={() => setOpen((o) => !o)}
            >
              {t('change')}
              <span className="visually-hidden"> {title}</span>
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** The engine explains itself in English; the language is marked for screen readers. */
export function Why({ children }: { children: ReactNode }) {
  return (
    <p className="suggestion__why" lang="en">
      {children}
    </p>
  );
}
