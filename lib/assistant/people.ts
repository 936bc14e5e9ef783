// People named next to a title: "l’ambassadrice Lê Thi Tuyêt Mai, chef de la mission permanente du
// Vietnam …", "Amy Pope, directrice générale de l’OIM", "IOM Director General William Lacy Swing",
// "la directora general de la OIM, Amy Pope". A capitalised run of words is only a person when a title
// or a courtesy word introduces it, which keeps captions ("Photo: OIM") and programme names out.
import type { ArticleContext } from './context';
import { lexicon } from './lexicon';
import { findTitles, mentions, nameReader } from './person-names';
import type { PersonSuggestion, TextMatch } from './types';

const ARTICLES = new Set('the le la l el its son sa su'.split(' '));
// Words that open the phrase between a title and the name it introduces ("… de la OIM, Amy Pope").
const CONNECTORS = new Set('de d del du des of for para pour at in en a auprès aupres ante to'.split(' '));
// Words after a comma that continue a title phrase ("…(ONU), de l’Organisation mondiale du commerce").
const CONTINUE = new Set('de d del du des of and et y'.split(' '));
// Words allowed between names in "Chief of Mission for China and Mongolia Giuseppe Crocetti".
const LINKS = new Set('and et y the la le l el los las de del du des of in en for para pour'.split(' '));

export function suggestPeople(ctx: ArticleContext): PersonSuggestion[] {
  const lex = lexicon();
  const { tokens, text } = ctx;
  const titles = findTitles(ctx);
  const { nameEnd, courtesyStart } = nameReader(ctx, titles);
  const titleAt = new Map(titles.map((t) => [t.first, t]));
  const sameSentence = (a: number, b: number) => ctx.tokenSentence[a] === ctx.tokenSentence[b];
  const gapText = (a: number) => text.slice(tokens[a]!.end, tokens[a + 1]?.start ?? tokens[a]!.end);
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
    const lead = courtesyStart(i);
    // (a) "Director General Amy Pope", "IOM Director General …", "l'Ambassadeur M. …", and with the
    // body or place between: "Director General of IOM Amy Pope", "Chief of Mission in Bangladesh X".
    const a = [...titles].reverse().find((x) => x.last <= lead && sameSentence(x.first, i));
    const gapA = a ? text.slice(tokens[a.last - 1]!.end, tokens[lead]!.start) : '';
    const betweenA = a ? tokens.slice(a.last, lead) : [];
    // "coordinador Residente Sistema de Naciones Unidas": capitals followed by "of <body>" name an
    // office, not a person.
    const officeAfter = ['de', 'del', 'of'].includes(tokens[end]?.folded ?? '') && ctx.inName[end + 1] === 1;
    const directA = a && betweenA.length === 0 && !/[,;:]/.test(gapA) && !officeAfter;
    const viaNames =
      a &&
      betweenA.length > 0 &&
      betweenA.length <= 12 &&
      !/[,;:]/.test(gapA) &&
      CONNECTORS.has(betweenA[0]!.folded) &&
      betweenA.slice(1).every((t, n) => ctx.inName[a.last + 1 + n] || LINKS.has(t.folded)) &&
      ctx.inName[lead - 1] === 1;
    if (a && (directA || viaNames)) {
      title.push(a.en);
      original.push(text.slice(tokens[a.first]!.start, tokens[a.last - 1]!.end));
      // "IOM Chief of Mission in Bangladesh …" speaks for IOM; "Director General of IOM …" too.
      const g = ctx.names.find((n) => n.last === a.first && sameSentence(n.first, i));
      actor =
        g?.entry.targets.find((t) => t.type === 'actor') ??
        (viaNames ? firstActor(tokens[a.last]!.start, tokens[lead - 1]!.end) : undefined);
    }
    // (b) "la directora general de la OIM, Amy Pope": a title phrase closed by a comma just before.
    if (
      title.length === 0 &&
      lead > 0 &&
      /^\s*\)?,\s*$/.test(text.slice(tokens[lead - 1]!.end, tokens[lead]!.start))
    ) {
      const t = [...titles].reverse().find((x) => x.last <= lead && sameSentence(x.first, i));
      const between = t ? tokens.slice(t.last, lead) : [];
      const closed = t && !/[,;]/.test(text.slice(tokens[t.last - 1]!.end, tokens[lead - 1]!.end));
      const opens = (n: number) =>
        CONNECTORS.has(tokens[n]!.folded) || ctx.inName[n] || lex.demonyms.has(tokens[n]!.folded);
      if (t && closed && between.length <= 12 && (between.length === 0 || opens(t.last))) {
        title.push(t.en);
        const stop = tokens[lead - 1]!.end + (text[tokens[lead - 1]!.end] === ')' ? 1 : 0);
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
    const courtesy = lead < i;
    if (title.length > 0 || courtesy) record(i, end, title, original, actor);
    i = end - 1;
  }

  // "Baffour-Awuah" after "Ignatius Baffour-Awuah", "William Lacy" beside "William Lacy Swing": one person.
  const keys = [...people.keys()];
  for (const short of keys)
    for (const long of keys) {
      const s = people.get(short);
      const l = people.get(long);
      if (!s || !l || short === long || !` ${long} `.includes(` ${short} `)) continue;
      if (s.parts > l.parts)
        Object.assign(l, { title: s.title, titleOriginal: s.titleOriginal, parts: s.parts });
      l.affiliationActorId ??= s.affiliationActorId;
      people.delete(short);
    }
  const out = [...people.values()].map(({ parts: _parts, ...p }) => p);
  for (const p of out) p.matches = mentions(ctx, p.name);
  return out.sort((a, b) => (a.matches[0]?.start ?? 0) - (b.matches[0]?.start ?? 0));
}

/** Every mention of a person: the full name, and the surname alone ("said Ploumen"). */
