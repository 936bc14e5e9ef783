'use client';
// The article beside the suggestions, with the sentence the focused or hovered suggestion rests on
// marked (<mark>) and the words that gave it away in bold. Always rendered as text: an article is
// untrusted input and may well contain markup.
import { useEffect, useMemo, useRef } from 'react';
import type { Sentence } from '@/lib/assistant/types';
import { pieces } from './highlight';
import type { Evidence } from './review-model';

interface Props {
  text: string;
  sentences: readonly Sentence[];
  evidence: Evidence;
  lang: string;
  label: string;
}

export function ArticleText({ text, sentences, evidence, lang, label }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const list = useMemo(() => pieces(text, sentences, evidence), [text, sentences, evidence]);

  // Bring the evidence into view inside the pane (never by scrolling the page: the editor's focus is
  // on the suggestion, and on a phone the pane is a strip at the bottom of the screen).
  useEffect(() => {
    const pane = ref.current;
    const mark = pane?.querySelector('mark');
    if (!pane || !mark || pane.scrollHeight <= pane.clientHeight) return;
    const top = mark.offsetTop;
    const bottom = top + mark.offsetHeight;
    if (top < pane.scrollTop || bottom > pane.scrollTop + pane.clientHeight)
      pane.scrollTop = Math.max(0, top - 24);
  }, [list]);

  return (
    // Focusable so that keyboard users can scroll it when it is taller than the pane.
    <div className="assist-article" role="region" aria-label={label} tabIndex={0} lang={lang} ref={ref}>
      {list.map((piece) =>
        piece.sentence === null ? (
          <span key={piece.start}>{piece.parts[0]?.text}</span>
        ) : (
          <mark key={piece.start} className="assist-article__sentence">
            {piece.parts.map((part, i) => (part.match ? <strong key={i}>{part.text}</strong> : part.text))}
          </mark>
        ),
      )}
    </div>
  );
}
