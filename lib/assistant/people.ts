// People named next to a title: "l’ambassadrice Lê Thi Tuyêt Mai, chef de la mission permanente du
// Vietnam …", "Amy Pope, directrice générale de l’OIM", "IOM Director General William Lacy Swing",
// "la directora general de la OIM, Amy Pope". A capitalised run of words is only a person when a title
// or a courtesy word introduces it, which keeps captions ("Photo: OIM") and programme names out.
import type { ArticleContext } from './context';
import { lexicon } from './lexicon';
import { fireRules, type PhraseHit } from './phrases';
import type { PersonSuggestion, TextMatch } from './types';

const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'van',
  'von',
  'der',
  'bin',
  'ibn',
  'al',
  'dos',
  'das',
  'du',
  'di',
]);
const NOT_NAMES = new Set([
  'le',
  'la',
  'les',
  'the',
  'el',
  'los',
  'las',
  'un',
  'une',
  'una',
  'lors',
  'elle',
  'il',
  'ils',
  'this',
  'these',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'photo',
  'source',
]);
const ARTICLES = new Set(['the', 'le', 'la', 'l', 'el', 'its', 'son', 'sa', 'su']);
const CONNECTORS = new Set([
  'de',
  'd',
  'del',
  'du',
  'des',
  'of',
  'for',
  'para',
  'pour',
  'at',
  'in',
  'en',
  'a',
  'auprès',
  'aupres',
  'ante',
  'to',
]);
const CONTINUE = new Set(['de', 'd', 'del', 'du', 'des', 'of', 'and', 'et', 'y']);
const NAME_GAP = /^ $|^-$|^\. $/;

interface Title {
  first: number;
  last: number;
  en: string;
}

export function suggestPeople(ctx: ArticleContext): PersonSuggestion[] {
  const lex = lexicon();
  const { tokens, text } = ctx;
  const titles: Title[] = [];
  ctx.sentences.forEach((_, s) => {
    const [from, to] = ctx.sentenceTokens[s]!;
    const hits = fireRules(lex.titles[ctx.language], text, tokens, from, to, (h: PhraseHit) =>
      Array.from({ length: h.last - h.first }, (_, k) => ctx.inName[h.first + k]).some(Boolean),
    ).map((f) => ({ first: f.hits[0]!.first, last: f.hits[0]!.last, en: f.rule.target }));
    // Longest title wins: "Deputy Director General" over "Director General" over "Director".
    hits.sort((a, b) => b.last - b.first - (a.last - a.first));
    for (const h of hits) if (!titles.some((t) => t.first < h.last && h.first < t.last)) titles.push(h);
  });
  const titleAt = new Map(titles.map((t) => [t.first, t]));
  const titleEndingAt = new Map(titles.map((t) => [t.last, t]));
  const inTitle = (i: number) => titles.some((t) => i >= t.first && i < t.last);
  const honorific = (i: number) => lex.honorifics.has(tokens[i]?.folded ?? '');
  const sameSentence = (a: number, b: number) => ctx.tokenSentence[a] === ctx.tokenSentence[b];
  const gapText = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]?.start ?? tokens[a]!.end);

  const nameLike = (i: number) => {
    const t = tokens[i];
    return (
      !!t &&
      !ctx.inName[i] &&
      !inTitle(i) &&
      !honorific(i) &&
      /^\p{Lu}\p{Ll}/u.test(t.raw) &&
      !NOT_NAMES.has(t.raw.toLowerCase())
    );
  };
  /** End (exclusive) of a person name starting at i, or -1. */
  const nameEnd = (i: number): number => {
    if (!nameLike(i)) return -1;
    let j = i + 1;
    while (j < tokens.length && sameSentence(i, j) && NAME_GAP.test(gapText(j - 1))) {
      if (nameLike(j)) j++;
      else if (PARTICLES.has(tokens[j]!.raw) && nameLike(j + 1) && NAME_GAP.test(gapText(j))) j += 2;
      else break;
    }
    return j - i >= 2 && j - i <= 5 ? j : -1;
  };
  /** Where a title phrase ends: the next comma not followed by "de/of/et", or the sentence end. */
  const phraseEnd = (from: number): number => {
    const sentenceEnd = ctx.sentences[ctx.tokenSentence[from]!]!.end;
    let j = from;
    while (j + 1 < tokens.length && sameSentence(from, j + 1)) {
      const gap = gapText(j);
      if (/[,;:]/.test(gap) && !CONTINUE.has(tokens[j + 1]!.folded)) break;
      if (['qui', 'who', 'que', 'quien', 'which'].includes(tokens[j + 1]!.folded)) break;
      j++;
    }
    return Math.min(tokens[j]!.end, sentenceEnd);
  };
  const firstActor = (start: number, end: number) =>
    ctx.names
      .find((g) => g.start >= start && g.end <= end && g.entry.targets.some((t) => t.type === 'actor'))
      ?.entry.targets.find((t) => t.type === 'actor');

  const people = new Map<string, PersonSuggestion & { parts: number }>();
  const record = (
    first: number,
    last: number,
    title: string[],
    original: string[],
    actor: ReturnType<typeof firstActor>,
  ) => {
    const span: TextMatch = {
      text: text.slice(tokens[first]!.start, tokens[last - 1]!.end),
      start: tokens[first]!.start,
      end: tokens[last - 1]!.end,
      sentenceIndex: ctx.tokenSentence[first]!,
    };
    const key = tokens
      .slice(first, last)
      .map((t) => t.folded)
      .join(' ');
    const prev = people.get(key);
    const affiliation = actor && actor.type === 'actor' ? actor.actorId : null;
    if (!prev || title.length > prev.parts)
      people.set(key, {
        name: span.text,
        title: title.length ? title.join(', ') : null,
        titleOriginal: original.length ? original.join(', ') : null,
        affiliationActorId: affiliation ?? prev?.affiliationActorId ?? null,
        matches: prev?.matches ?? [],
        sentenceIndex: prev?.sentenceIndex ?? span.sentenceIndex,
        parts: title.length,
      });
    else if (!prev.affiliationActorId) prev.affiliationActorId = affiliation;
  };

  for (let i = 0; i < tokens.length; i++) {
    const end = nameEnd(i);
    if (end < 0) continue;
    const title: string[] = [];
    const original: string[] = [];
    let actor: ReturnType<typeof firstActor>;
    // (a) "Director General Amy Pope", "IOM Director General …", "M. l'Ambassadeur …"
    let k = i - 1;
    while (k >= 0 && honorific(k) && sameSentence(k, i)) k--;
    const before = titleEndingAt.get(k + 1);
    if (
      before &&
      sameSentence(before.first, i) &&
      !/[,;:]/.test(text.slice(tokens[before.last - 1]!.end, tokens[i]!.start))
    ) {
      title.push(before.en);
      original.push(text.slice(tokens[before.first]!.start, tokens[before.last - 1]!.end));
      const g = ctx.names.find((n) => n.last === before.first && sameSentence(n.first, i));
      actor = g?.entry.targets.find((t) => t.type === 'actor');
    }
    // (b) "la directora general de la OIM, Amy Pope": a title phrase closed by a comma just before.
    if (!before && i > 0 && /^\s*\)?,\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) {
      const t = [...titles].reverse().find((x) => x.last <= i && sameSentence(x.first, i));
      const between = t ? tokens.slice(t.last, i) : [];
      const closed = t && !/[,;]/.test(text.slice(tokens[t.last - 1]!.end, tokens[i - 1]!.end));
      if (
        t &&
        closed &&
        between.length <= 12 &&
        (between.length === 0 || CONNECTORS.has(between[0]!.folded))
      ) {
        title.push(t.en);
        const stop = tokens[i - 1]!.end + (text[tokens[i - 1]!.end] === ')' ? 1 : 0);
        original.push(text.slice(tokens[t.first]!.start, stop));
        actor = firstActor(tokens[t.first]!.start, stop);
      }
    }
    // (c) "Amy Pope, directrice générale de …": an apposition after the name.
    if (/^,\s*$/.test(gapText(end - 1))) {
      let j = end;
      if (ARTICLES.has(tokens[j]?.folded ?? '')) j++;
      const t = titleAt.get(j);
      if (t && sameSentence(t.first, i)) {
        const stop = phraseEnd(t.first);
        title.push(t.en);
        original.push(text.slice(tokens[t.first]!.start, stop));
        actor = firstActor(tokens[t.first]!.start, stop) ?? actor;
      }
    }
    const courtesy = i > 0 && honorific(i - 1);
    if (title.length > 0 || courtesy) record(i, end, title, original, actor);
    i = end - 1;
  }

  const out = [...people.values()].map(({ parts: _parts, ...p }) => p);
  for (const p of out) p.matches = mentions(ctx, p.name);
  return out.sort((a, b) => (a.matches[0]?.start ?? 0) - (b.matches[0]?.start ?? 0));
}

/** Every mention of a person: the full name, and the surname alone ("said Ploumen"). */
function mentions(ctx: ArticleContext, name: string): TextMatch[] {
  const words = name.split(/[\s-]+/);
  const surname = words[words.length - 1]!;
  const out: TextMatch[] = [];
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${esc(name)}|${esc(surname)})(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of ctx.text.matchAll(re)) {
    const tok = ctx.tokens.findIndex((t) => t.start === m.index);
    if (tok >= 0)
      out.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        sentenceIndex: ctx.tokenSentence[tok]!,
      });
  }
  return out;
}
