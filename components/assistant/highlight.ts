// Cuts the article into pieces for display: plain stretches, and the sentences a suggestion rests on
// with the words that gave it away. Only offsets are computed here; the text is rendered as text.
import type { Sentence } from '@/lib/assistant/types';
import type { Evidence, Span } from './review-model';

export interface Part {
  text: string;
  match: boolean;
}

export interface Piece {
  start: number;
  /** The sentence's index when this piece is a highlighted sentence. */
  sentence: number | null;
  parts: Part[];
}

function mergeSpans(spans: readonly Span[], from: number, to: number): Span[] {
  const inside = spans
    .map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of inside) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function split(text: string, from: number, to: number, spans: readonly Span[]): Part[] {
  const parts: Part[] = [];
  let at = from;
  for (const s of mergeSpans(spans, from, to)) {
    if (s.start > at) parts.push({ text: text.slice(at, s.start), match: false });
    parts.push({ text: text.slice(s.start, s.end), match: true });
    at = s.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), match: false });
  return parts;
}

export function pieces(text: string, sentences: readonly Sentence[], evidence: Evidence): Piece[] {
  const marked = [...new Set(evidence.sentences)]
    .flatMap((i) => (sentences[i] ? [sentences[i]] : []))
    .sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let at = 0;
  for (const s of marked) {
    const start = Math.max(s.start, at);
    if (start >= s.end) continue;
    if (start > at)
      out.push({ start: at, sentence: null, parts: [{ text: text.slice(at, start), match: false }] });
    out.push({ start, sentence: s.index, parts: split(text, start, s.end, evidence.spans) });
    at = s.end;
  }
  if (at < text.length)
    out.push({ start: at, sentence: null, parts: [{ text: text.slice(at), match: false }] });
  return out;
}
