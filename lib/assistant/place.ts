// Where the event took place. Wire stories say it in the dateline ("Genève (VNA) –", "Istanbul,
// Türkiye, 21 juin 2025 -", "New York/Geneva —"); otherwise a known city after "in/à/en" in a sentence
// describing the event. A city that is only an organisation's seat ("con sede en Tegucigalpa", "whose
// Secretariat is in Tehran") is not the venue.
import type { ArticleContext } from './context';
import type { GazetteerMatch } from './gazetteer';
import type { PlaceSuggestion, TextMatch } from './types';

export interface Dateline {
  start: number;
  end: number;
  sentenceIndex: number;
}

// A dateline is a short run of capitalised words, numbers and commas (plus an optional agency in
// brackets) ending with a spaced dash or a colon, at the start of one of the first sentences.
const DATELINE = /^([^\n:–—]{2,80}?)(?:\s*\([^)\n]{1,40}\))?\s*(?:\s[-–—]\s|[–—]\s|:\s)/u;
const LOWER_OK = new Set(['de', 'del', 'd', 'la', 'le', 'du', 'of', 'au', 'er', 'al']);
const VENUE_PREPOSITIONS = new Set(['in', 'at', 'a', 'en', 'au', 'dans']);
const SEAT_WORDS = new Set([
  'seat',
  'secretariat',
  'headquartered',
  'based',
  'siege',
  'basee',
  'base',
  'sede',
  'oficinas',
  'offices',
]);

export function findDateline(ctx: ArticleContext): Dateline | null {
  const found: Dateline[] = [];
  for (const s of ctx.sentences.slice(0, 3)) {
    const m = DATELINE.exec(s.text);
    if (!m) continue;
    const end = s.start + m[0].trimEnd().length;
    const [from, to] = ctx.sentenceTokens[s.index]!;
    const words = ctx.tokens.slice(from, to).filter((t) => t.end <= end);
    const ok = words.every(
      (t) => /^[\p{Lu}\d]/u.test(t.raw) || LOWER_OK.has(t.folded) || isMonthLike(t.folded),
    );
    if (ok && words.length > 0 && words.length <= 10)
      found.push({ start: s.start, end, sentenceIndex: s.index });
  }
  // A headline such as "Sénégal : le Comité …" looks like a dateline too; prefer the one naming a city.
  return (
    found.find((d) => ctx.names.some((g) => g.start >= d.start && g.end <= d.end && placeOf(ctx, g))) ??
    found[0] ??
    null
  );
}

function isMonthLike(w: string): boolean {
  return /^(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/.test(
    w,
  );
}

function placeOf(ctx: ArticleContext, g: GazetteerMatch) {
  for (const t of g.entry.targets) {
    if (t.type === 'place') {
      const p = ctx.dict.places.get(t.placeId);
      if (p) return { placeId: p.id, name: p.name, countryId: p.countryId };
    }
    if (t.type === 'capital') return { placeId: null, name: t.name, countryId: t.countryId };
  }
  return null;
}

function sameCity(ctx: ArticleContext, key: string): TextMatch[] {
  return ctx.names
    .filter((g) => {
      const p = placeOf(ctx, g);
      return p && (p.placeId ?? p.name) === key;
    })
    .map((g) => ({ text: g.text, start: g.start, end: g.end, sentenceIndex: ctx.tokenSentence[g.first]! }));
}

export function suggestPlace(
  ctx: ArticleContext,
  dateline: Dateline | null,
  eventSentences: ReadonlySet<number>,
): PlaceSuggestion | null {
  if (dateline) {
    const inside = ctx.names.filter((g) => g.start >= dateline.start && g.end <= dateline.end);
    const city = inside.find((g) => placeOf(ctx, g));
    if (city) {
      const p = placeOf(ctx, city)!;
      return {
        ...p,
        basis: 'dateline',
        matches: sameCity(ctx, p.placeId ?? p.name),
        sentenceIndex: dateline.sentenceIndex,
        reason: `The dateline “${ctx.text.slice(dateline.start, dateline.end)}” names ${p.name}.`,
      };
    }
    // "Istanbul, Türkiye, 21 juin 2025 -": a city we do not list, followed by its country.
    const head = /^([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,3}),\s/u.exec(
      ctx.text.slice(dateline.start, dateline.end),
    );
    const country = inside.find((g) =>
      g.entry.targets.some((t) => t.type === 'actor' && ctx.dict.actors.get(t.actorId)?.kind === 'state'),
    );
    if (head && country && country.start > dateline.start + head[1]!.length) {
      const target = country.entry.targets.find((t) => t.type === 'actor')!;
      const countryId = target.type === 'actor' ? target.actorId : null;
      const start = dateline.start;
      return {
        placeId: null,
        name: head[1]!,
        countryId,
        basis: 'dateline',
        matches: [
          { text: head[1]!, start, end: start + head[1]!.length, sentenceIndex: dateline.sentenceIndex },
        ],
        sentenceIndex: dateline.sentenceIndex,
        reason: `The dateline “${ctx.text.slice(dateline.start, dateline.end)}” names ${head[1]} in ${country.text}; it is not in our list of places.`,
      };
    }
  }
  const order = [...ctx.sentences.keys()].sort(
    (a, b) => Number(eventSentences.has(b)) - Number(eventSentences.has(a)) || a - b,
  );
  for (const s of order) {
    if (!eventSentences.has(s) && s > 2) break;
    for (const g of ctx.names) {
      if (ctx.tokenSentence[g.first] !== s) continue;
      const p = placeOf(ctx, g);
      const prev = ctx.tokens[g.first - 1];
      if (!p || !prev || !VENUE_PREPOSITIONS.has(prev.folded)) continue;
      const before = ctx.tokens.slice(Math.max(0, g.first - 5), g.first);
      if (before.some((t) => SEAT_WORDS.has(t.folded))) continue;
      return {
        ...p,
        basis: 'text',
        matches: sameCity(ctx, p.placeId ?? p.name),
        sentenceIndex: s,
        reason: `“${prev.raw} ${g.text}” in ${eventSentences.has(s) ? 'a sentence describing the event' : 'the opening'} (sentence ${s + 1}).`,
      };
    }
  }
  return null;
}
