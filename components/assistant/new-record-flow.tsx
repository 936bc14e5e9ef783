'use client';
// The new-record page: first, optionally, the article assistant (paste an article → review its
// suggestions), then the record editor, filled with the accepted suggestions and the article as source.
// Writing a record by hand needs no extra step: the blank editor is there unless suggestions are under
// review.
import { useRef, useState } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import type { Proposal } from '@/lib/assistant/types';
import { emptyDraft, type Draft } from '../editor/draft';
import { RecordForm, type EditorOptions } from '../editor/record-form';
import { ArticleForm, type ArticleInput } from './article-form';
import { ReviewPanel } from './review-panel';
import { draftFromReview, initialReview, suggestionKeys, type Review } from './review-model';

export type AssistantOptions = EditorOptions & { actorAcronyms: Record<string, string> };

interface Props {
  options: AssistantOptions;
  recordBase: string;
  cancelHref: string;
}

type Step = 'article' | 'review' | 'record';

const EMPTY_ARTICLE: ArticleInput = {
  text: '',
  title: '',
  url: '',
  publisher: '',
  publishedOn: '',
  language: 'auto',
};

export function NewRecordFlow({ options, recordBase, cancelHref }: Props) {
  const t = useTranslations('assistant');
  const [step, setStep] = useState<Step>('article');
  const [article, setArticle] = useState<ArticleInput>(EMPTY_ARTICLE);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  // A new key remounts the editor with the new draft (it keeps its own working copy).
  const [formKey, setFormKey] = useState(0);
  const [status, setStatus] = useState('');
  const recordHeading = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  function received(p: Proposal) {
    setProposal(p);
    setReview(initialReview(p));
    setStatus(t('found', { count: suggestionKeys(p).length }));
    setStep('review');
  }

  function toRecord() {
    if (!proposal || !review) return;
    const publisher = article.publisher.trim();
    const licence = publisher ? t('licenceDefault', { publisher }) : t('licenceUnknown');
    setDraft(draftFromReview(proposal, review, article, licence));
    setFormKey((k) => k + 1);
    setStep('record');
    setStatus(t('filled'));
    requestAnimationFrame(() => recordHeading.current?.focus());
  }

  function discard() {
    setProposal(null);
    setReview(null);
    setStatus('');
    setStep('article');
    requestAnimationFrame(() => textRef.current?.focus());
  }

  return (
    <>
      <section className="assist" aria-labelledby="assist-heading">
        <h2 id="assist-heading">{t('heading')}</h2>
        {/* Present from the start so that screen readers announce what the assistant found. */}
        <p role="status" className="assist__status">
          {status}
        </p>
        {step === 'article' ? (
          <ArticleForm value={article} onChange={setArticle} onResult={received} textRef={textRef} />
        ) : null}
        {step === 'review' && proposal && review ? (
          <ReviewPanel
            proposal={proposal}
            text={article.text}
            review={review}
            setReview={setReview}
            options={options}
            onContinue={toRecord}
            onEditArticle={() => {
              setStep('article');
              setStatus('');
              requestAnimationFrame(() => textRef.current?.focus());
            }}
            onDiscard={discard}
          />
        ) : null}
        {step === 'record' ? (
          <p className="assist__filled">
            <button
              type="button"
              className="button"
              onClick={() => {
                setStep('review');
                setStatus('');
              }}
            >
              {t('backToReview')}
            </button>{' '}
            <span className="hint">{t('backWarning')}</span>
          </p>
        ) : null}
      </section>
      {/* Hidden, not removed, during the review: what the editor already typed by hand survives a
          discarded proposal. */}
      <section className="assist-record" aria-labelledby="record-heading" hidden={step === 'review'}>
        <h2 id="record-heading" tabIndex={-1} ref={recordHeading}>
          {t('recordHeading')}
        </h2>
        <RecordForm
          key={formKey}
          initial={draft}
          target={null}
          options={options}
          recordBase={recordBase}
          cancelHref={cancelHref}
        />
      </section>
    </>
  );
}
