// Dates written in English, French and Spanish ("20 November 2023", "le 1er octobre 2023", "20 de
// noviembre de 2023", "November 2023", "September 13"), each kept at the precision it was written
// with, and the choice of the one that dates the event. A date that belongs to something else ("a
// assumé le poste … le 1er octobre 2023", "fundado en 1960") is set aside with the reason.
import { daysInMonth, parsePartialDate } from '../domain/dates';
import type { DatePrecision } from '../domain/vocab';
import type { Token } from './tokens';
import type { DateMention, Sentence } from './types';

const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'janvier', 'enero'],
  ['february', 'feb', 'fevrier', 'febrero'],
  ['march', 'mar', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'abril'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juin', 'junio'],
  ['july', 'jul', 'juillet', 'julio'],
  ['august', 'aug', 'aout', 'agosto'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'oct', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'decembre', 'diciembre'],
];
const MONTHS = new Map(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
// English month names are also words ("may", "march"): only capitalised ones count.
const ENGLISH_ONLY = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);

/** Words before a date that show it belongs to something else than the event. */
const SET_ASIDE_CUES = new Set([
  'office',
  'appointed',
  'since',
  'founded',
  'established',
  'born',
  'elected',
  'assumed',
  'poste',
  'fonctions',
  'nomme',
  'nommee',
  'depuis',
  'fonde',
  'fondee',
  'cree',
  'creee',
  'ne',
  'nee',
  'elu',
  'elue',
  'assume',
  'cargo',
  'asumio',
  'nombrado',
  'nombrada',
  'desde',
  'fundado',
  'fundada',
  'creado',
  'creada',
  'nacio',
  'electo',
  'electa',
  'elegido',
  'elegida',
]);
const YEAR_PREPOSITIONS = new Set(['in', 'en', 'since', 'depuis', 'desde', 'during', 'durant', 'durante']);
const RANGE_WORDS = new Set(['au', 'al', 'to', 'and', 'et', 'y', 'a']);
const DE = new Set(['de']);
const DE_DEL = new Set(['de', 'del']);
const DASH = /^\s?[-–]\s?$/;

export interface FoundDate extends DateMention {
  first: number;
  last: number;
}

function dayOf(t: Token | undefined): number | null {
  const m = t && /^(\d{1,2})(?:er|re|st|nd|rd|th|º|o)?$/i.exec(t.raw);
  const d = m ? Number(m[1]) : NaN;
  return d >= 1 && d <= 31 ? d : null;
}

function monthOf(t: Token | undefined): number | null {
  if (!t) return null;
  const m = MONTHS.get(t.folded);
  if (m === undefined) return null;
  if (ENGLISH_ONLY.has(t.folded) && t.raw[0] !== t.raw[0]!.toUpperCase()) return null;
  return m;
}

function yearOf(t: Token | undefined): number | null {
  return t && /^(19|20)\d\d$/.test(t.raw) ? Number(t.raw) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function dateValue(y: number, m: number | null, d: number | null): string | null {
  const v = m === null ? `${y}` : d === null ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
  return parsePartialDate(v) ? v : null;
}

/** Year of a date written without one, from the publication date: never more than a week after it. */
export function inferYear(month: number, day: number, publishedOn: string | null | undefined): number | null {
  const pub = publishedOn ? parsePartialDate(publishedOn) : null;
  if (!pub || pub.precision === 'year') return null;
  const y = pub.year;
  if (day > daysInMonth(y, month)) return null;
  const limit = new Date(Date.UTC(y, Number(pub.end.slice(5, 7)) - 1, Number(pub.end.slice(8, 10)) + 7));
  return new Date(Date.UTC(y, month - 1, day)) > limit ? y - 1 : y;
}

export function findDates(text: string, tokens: readonly Token[], publishedOn?: string | null): FoundDate[] {
  const gap = (i: number, re = /^[\s,]{0,3}$/) =>
    i + 1 < tokens.length && re.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start));
  const is = (i: number, words: ReadonlySet<string>) =>
    tokens[i] !== undefined && words.has(tokens[i]!.folded);
  const out: FoundDate[] = [];
  const push = (first: number, last: number, y: number | null, m: number | null, d: number | null) => {
    let year = y;
    let inferred = false;
    if (year === null && m !== null && d !== null) {
      year = inferYear(m, d, publishedOn);
      inferred = year !== null;
    }
    const value = year === null ? null : dateValue(year, m, d);
    if (year !== null && value === null) return;
    const precision: DatePrecision = m === null ? 'year' : d === null ? 'month' : 'day';
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    out.push({
      text: text.slice(start, end),
      start,
      end,
      sentenceIndex: -1,
      value,
      precision,
      yearInferred: inferred,
      first,
      last,
    });
  };

  let i = 0;
  while (i < tokens.length) {
    const before = out.length;
    // [D1 (-|au|to|…)] D [de] M [de|del|,] Y
    let j = i;
    let d = dayOf(tokens[j]);
    // A range ("14-16 mars", "du 10 au 13 avril") starts on its first day: keep d, read the month and
    // year after the second day.
    const dash = gap(j, DASH);
    const second = j + (dash ? 1 : 2);
    if (d !== null && (dash || is(j + 1, RANGE_WORDS)) && dayOf(tokens[second]) !== null) j = second;
    if (d !== null && gap(j)) {
      let k = j + 1;
      if (is(k, DE) && gap(k)) k++;
      const m = monthOf(tokens[k]);
      if (m !== null) {
        let l = k + 1;
        if (gap(k) && is(l, DE_DEL) && gap(l)) l++;
        const y = gap(k) || l > k + 1 ? yearOf(tokens[l]) : null;
        if (y !== null) push(i, l + 1, y, m, d);
        else push(i, k + 1, null, m, d);
      }
    }
    // M D[,] [Y]  (English) or M [de] Y
    const m = monthOf(tokens[i]);
    if (out.length === before && m !== null && gap(i)) {
      d = dayOf(tokens[i + 1]);
      if (d !== null && yearOf(tokens[i + 1]) === null) {
        const y = gap(i + 1) ? yearOf(tokens[i + 2]) : null;
        push(i, y !== null ? i + 3 : i + 2, y, m, d);
      } else {
        const k = is(i + 1, DE_DEL) && gap(i + 1) ? i + 2 : i + 1;
        const y = yearOf(tokens[k]);
        if (y !== null) push(i, k + 1, y, m, null);
      }
    }
    // 2023-11-20, 20/11/2023
    const y0 = yearOf(tokens[i]);
    if (
      out.length === before &&
      y0 !== null &&
      gap(i, /^-$/) &&
      gap(i + 1, /^-$/) &&
      /^\d\d$/.test(tokens[i + 1]!.raw)
    )
      push(i, i + 3, y0, Number(tokens[i + 1]!.raw), dayOf(tokens[i + 2]));
    if (out.length === before && d !== null && gap(i, /^\/$/) && gap(i + 1, /^\/$/) && yearOf(tokens[i + 2]))
      push(i, i + 3, yearOf(tokens[i + 2]), Number(tokens[i + 1]!.raw), dayOf(tokens[i]));
    // "in 2004", "en 2018": a bare year after a preposition, not part of "2025-2027"
    if (out.length === before && y0 !== null && is(i - 1, YEAR_PREPOSITIONS) && !gap(i, DASH))
      push(i, i + 1, y0, null, null);
    i = out.length > before ? out[out.length - 1]!.last : i + 1;
  }
  return out;
}

/** Marks dates that belong to something else, judging by the words just before them. */
export function setAsideDates(
  dates: FoundDate[],
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): void {
  for (const date of dates) {
    const sentence = sentences[date.sentenceIndex];
    for (let k = date.first - 1; k >= Math.max(0, date.first - 10); k--) {
      const t = tokens[k]!;
      if (sentence && t.start < sentence.start) break;
      if (SET_ASIDE_CUES.has(t.folded)) {
        const from = tokens[Math.max(k - 2, 0)]!.start;
        date.setAside = `“${sentenceSlice(sentence, from, date.end)}”: “${t.raw}” shows this date belongs to something else than the event.`;
        break;
      }
    }
  }
}

function sentenceSlice(sentence: Sentence | undefined, from: number, to: number): string {
  if (!sentence) return '';
  const s = Math.max(from, sentence.start) - sentence.start;
  const piece = sentence.text.slice(s, to - sentence.start);
  return piece.length > 90 ? `${piece.slice(0, 30)} … ${piece.slice(-50)}` : piece;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
