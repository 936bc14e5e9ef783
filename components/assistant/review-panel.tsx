'use client';
// The review of a proposal: every suggestion with its evidence and the editor's decision, beside the
// article with the evidence of the suggestion in focus highlighted.
import { useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import type { Proposal } from '@/lib/assistant/types';
import { ArticleText } from './article-text';
import type { AssistantOptions } from './new-record-flow';
import { acceptUndecided, evidenceOf, suggestionKeys, type Review } from './review-model';
import type { SectionProps } from './suggestion-card';
import {
  DateSuggestion,
  ExcerptSuggestion,
  KindSuggestion,
  ObjectiveSuggestions,
  TopicSuggestions,
} from './suggestions-what';
import { ActorSuggestions, PeopleSuggestions, PlaceSuggestion } from './suggestions-who';

interface Props {
  proposal: Proposal;
  text: string;
  review: Review;
  setReview: Dispatch<SetStateAction<Review | null>>;
  options: AssistantOptions;
  onContinue: () => void;
  onEditArticle: () => void;
  onDiscard: () => void;
}

export function ReviewPanel({
  proposal: p,
  text,
  review,
  setReview,
  options,
  onContinue,
  onEditArticle,
  onDiscard,
}: Props) {
  const t = useTranslations('assistant');
  const [active, setActive] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const keys = suggestionKeys(p);
  const done = keys.filter((k) => review.decisions[k]).length;
  const evidence = useMemo(() => evidenceOf(p, active, review), [p, active, review]);
  const s: SectionProps = {
    p,
    review,
    // The panel only exists with a review, so updates never see null.
    setReview: setReview as Dispatch<SetStateAction<Review>>,
    options,
    active,
    activate: setActive,
  };
  const language = t(`languages.${p.language}`);

  return (
    <div className="assist-review">
      <div className="assist-review__bar">
        <h3 id="assist-suggestions" tabIndex={-1} ref={heading}>
          {t('suggestions')}
        </h3>
        <p>
          {p.languageDetected ? t('readAsDetected', { language }) : t('readAs', { language })}{' '}
          {t('decided', { done, total: keys.length })}
        </p>
        {keys.length ? (
          <button
            type="button"
            className="button"
            disabled={done === keys.length}
            onClick={() => setReview((r) => (r ? acceptUndecided(p, r) : r))}
          >
            {t('acceptAll')}
          </button>
        ) : null}
      </div>
      <div className="assist-review__grid">
        <div className="assist-review__list">
          <ActorSuggestions {...s} />
          <PlaceSuggestion {...s} />
          <DateSuggestion {...s} />
          <KindSuggestion {...s} />
          <TopicSuggestions {...s} />
          <ObjectiveSuggestions {...s} />
          <PeopleSuggestions {...s} />
          <ExcerptSuggestion {...s} />
        </div>
        <div className="assist-review__article">
          <p className="hint">{t('articleHint')}</p>
          <ArticleText
            text={text}
            sentences={p.sentences}
            evidence={evidence}
            lang={p.language}
            label={t('articleRegion')}
          />
        </div>
      </div>
      <p className="form-actions assist-review__actions">
        <button type="button" className="button button--primary" onClick={onContinue}>
          {t('continue')}
        </button>{' '}
        <button type="button" className="button" onClick={onEditArticle}>
          {t('editArticle')}
        </button>{' '}
        <button type="button" className="button" onClick={onDiscard}>
          {t('discard')}
        </button>
      </p>
    </div>
  );
}
