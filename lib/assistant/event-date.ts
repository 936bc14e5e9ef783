// Which date dates the event. In order: a date in the dateline; the date nearest the words that name
// the event in an event sentence; "today"/"yesterday" with a publication date; "recent" with a
// publication date (proposed as the date it was reported, not as the event's date); a date in the
// opening sentences; the publication date as reported. Dates that belong to something else are set
// aside by findDates/setAsideDates and explained.
import type { ArticleContext } from './context';
import { addDays, findDates, setAsideDates, type FoundDate } from './dates';
import type { Dateline } from './place';
import type { DateMention, DateSuggestion } from './types';
import { parsePartialDate } from '../domain/dates';

const TODAY = new Set(['today', 'aujourd', 'hoy']);
const YESTERDAY = new Set(['yesterday', 'hier', 'ayer']);
// Day names, Monday = 1 … Sunday = 7 (ISO), as wire stories date events: "on Tuesday", "este lunes".
const WEEKDAYS = new Map(
  [
    ['monday', 'lundi', 'lunes'],
    ['tuesday', 'mardi', 'martes'],
    ['wednesday', 'mercredi', 'miercoles'],
    ['thursday', 'jeudi', 'jueves'],
    ['friday', 'vendredi', 'viernes'],
    ['saturday', 'samedi', 'sabado'],
    ['sunday', 'dimanche', 'domingo'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);
const RECENT = new Set([
  'recent',
  'recently',
  'recente',
  'recentes',
  'recents',
  'recemment',
  'reciente',
  'recientes',
  'recientemente',
  'recien',
]);

export interface DateResult {
  date: DateSuggestion | null;
  mentions: DateMention[];
}

function mention(d: FoundDate): DateMention {
  const { first: _f, last: _l, ...m } = d;
  return m;
}

export function chooseDate(
  ctx: ArticleContext,
  dateline: Dateline | null,
  eventSentences: ReadonlySet<number>,
  triggers: ReadonlyArray<[number, number, number]>,
): DateResult {
  const found = findDates(ctx.text, ctx.tokens, ctx.publishedOn);
  for (const d of found) d.sentenceIndex = ctx.tokenSentence[d.first]!;
  setAsideDates(found, ctx.tokens, ctx.sentences);
  const mentions = found.map(mention);
  const usable = found.filter((d) => !d.setAside);
  const aside = found
    .filter((d) => d.setAside)
    .map((d) => ` Set aside: ${d.setAside}`)
    .join('');
  const pub = ctx.publishedOn && parsePartialDate(ctx.publishedOn);
  const from = (
    d: FoundDate,
    basis: 'event' | 'reported',
    confidence: DateSuggestion['confidence'],
    why: string,
  ): DateResult => ({
    date: {
      value: d.value!,
      precision: d.precision,
      basis,
      sentenceIndex: d.sentenceIndex,
      match: { text: d.text, start: d.start, end: d.end, sentenceIndex: d.sentenceIndex },
      confidence: d.yearInferred && confidence === 'high' ? 'medium' : confidence,
      reason:
        why +
        (d.yearInferred
          ? ` The year is not written: it is taken from the publication date (${ctx.publishedOn}).`
          : '') +
        aside,
    },
    mentions,
  });

  const inDateline =
    dateline && usable.find((d) => d.start >= dateline.start && d.end <= dateline.end && d.value);
  if (inDateline) return from(inDateline, 'event', 'high', `The dateline gives “${inDateline.text}”.`);

  // Nearest the strongest event words of its sentence: "la firma del Memorando … el pasado viernes 20
  // de febrero" rather than "la aprobación del Acuerdo en diciembre de 2014" in the same sentence.
  const distance = (d: FoundDate) => {
    const here = triggers.filter(([f]) => ctx.tokenSentence[f] === d.sentenceIndex);
    const top = Math.max(...here.map(([, , w]) => w));
    return Math.min(
      ...here.filter(([, , w]) => w === top).map(([f, l]) => (d.first >= l ? d.first - l : f - d.last)),
    );
  };
  const inEvent = usable
    .filter((d) => eventSentences.has(d.sentenceIndex))
    .map((d) => ({ d, distance: distance(d) }))
    .sort((a, b) => a.distance - b.distance)[0]?.d;
  if (inEvent && inEvent.value)
    return from(
      inEvent,
      'event',
      'high',
      `“${inEvent.text}” is in the sentence describing the event (sentence ${inEvent.sentenceIndex + 1}).`,
    );
  if (inEvent) {
    // The event's own date has no year: a farther date in the text would be a guess about something else.
    const m = mentions.find((x) => x.start === inEvent.start)!;
    m.note = `The event is dated “${inEvent.text}” without a year; give the publication date to resolve it.`;
    return { date: null, mentions };
  }

  // "met him … on Tuesday", published on a Wednesday: the Tuesday before.
  const weekday = ctx.tokens.findIndex(
    (t, i) =>
      WEEKDAYS.has(t.folded) &&
      eventSentences.has(ctx.tokenSentence[i]!) &&
      (ctx.language !== 'en' || /^\p{Lu}/u.test(t.raw)),
  );
  if (pub && pub.precision === 'day' && weekday >= 0) {
    const want = WEEKDAYS.get(ctx.tokens[weekday]!.folded)!;
    const have = ((new Date(`${pub.value}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const v = addDays(pub.value, -((have - want + 7) % 7));
    return dated(
      ctx,
      v,
      'event',
      weekday,
      'medium',
      `The event sentence says “${ctx.tokens[weekday]!.raw}”: the last one on or before the publication date (${pub.value}).${aside}`,
      mentions,
    );
  }
  const word = (set: Set<string>) =>
    ctx.tokens.findIndex(
      (t, i) => set.has(t.folded) && (eventSentences.size === 0 || eventSentences.has(ctx.tokenSentence[i]!)),
    );
  if (pub && pub.precision === 'day') {
    const today = word(TODAY);
    if (today >= 0)
      return dated(
        ctx,
        pub.value,
        'event',
        today,
        'medium',
        `The article says “${ctx.tokens[today]!.raw}” and was published on ${pub.value}.${aside}`,
        mentions,
      );
    const yesterday = word(YESTERDAY);
    if (yesterday >= 0) {
      const v = addDays(pub.value, -1);
      return dated(
        ctx,
        v,
        'event',
        yesterday,
        'medium',
        `The article says “${ctx.tokens[yesterday]!.raw}” and was published on ${pub.value}.${aside}`,
        mentions,
      );
    }
  }
  const recent = ctx.tokens.findIndex((t) => RECENT.has(t.folded));
  if (pub && recent >= 0)
    return dated(
      ctx,
      pub.value,
      'reported',
      recent,
      'medium',
      `The article calls the event “${ctx.tokens[recent]!.raw}” and gives no date: the publication date is proposed as the date it was reported (the event took place on or before it).${aside}`,
      mentions,
    );

  // A bare year in the opening ("after Cabinet approval in 2020") is background more often than not.
  const lead = usable.find((d) => d.sentenceIndex <= 2 && d.value && d.precision !== 'year');
  if (lead)
    return from(
      lead,
      'event',
      'low',
      `“${lead.text}” is the first date in the opening sentences; check that it is the event's.`,
    );
  if (pub)
    return dated(
      ctx,
      pub.value,
      'reported',
      -1,
      'low',
      `No date of the event in the text: the publication date is proposed as the date it was reported.${aside}`,
      mentions,
    );
  return { date: null, mentions };
}

function dated(
  ctx: ArticleContext,
  value: string,
  basis: 'event' | 'reported',
  token: number,
  confidence: DateSuggestion['confidence'],
  reason: string,
  mentions: DateMention[],
): DateResult {
  const p = parsePartialDate(value)!;
  const t = ctx.tokens[token];
  const sentenceIndex = t ? ctx.tokenSentence[token]! : null;
  return {
    date: {
      value,
      precision: p.precision,
      basis,
      sentenceIndex,
      match: t && sentenceIndex !== null ? { text: t.raw, start: t.start, end: t.end, sentenceIndex } : null,
      confidence,
      reason,
    },
    mentions,
  };
}
