// Actors named in the article: by name, alias or acronym (the gazetteer), by a nationality adjective
// next to an institution word ("la diplomate vietnamienne"), and by an acronym slip that transposes
// two letters of an acronym the article already uses ("l'OMI" in an article about the OIM). The slip
// rule never makes "OMI" an alias: it only applies when the real acronym is in the same text and the
// slip is no known body's acronym in our dictionary.
import type { ParticipantRole } from '../domain/vocab';
import type { ArticleContext } from './context';
import type { GazetteerMatch } from './gazetteer';
import { lexicon } from './lexicon';
import { isAllCaps } from './tokens';
import type { ActorMatch, ActorSuggestion, Confidence } from './types';

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** True when `a` is `b` with two neighbouring letters swapped (OMI / OIM). */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}

const PLACE_PREPOSITIONS = new Set(['a', 'en', 'in', 'au', 'to', 'from', 'de']);
const LIST_WORDS = /^(?:,\s*|\s+(?:et|and|y|ou|or|o)\s+)$/;

/**
 * "Maurice" is Mauritius in "en visite à Maurice" or "Madagascar, Maurice et les Seychelles", and a man
 * in "Maurice Dupont"; "Réunion de travail" is a meeting. A guarded name counts after a place
 * preposition or inside a list of other states, and never before another capitalised word.
 */
function guardedInContext(ctx: ArticleContext, g: GazetteerMatch): boolean {
  const next = ctx.tokens[g.last];
  if (next && /^\s+$/.test(ctx.text.slice(g.end, next.start)) && /^\p{Lu}/u.test(next.raw)) return false;
  const prev = ctx.tokens[g.first - 1];
  if (prev && PLACE_PREPOSITIONS.has(prev.folded) && /^\s+$/.test(ctx.text.slice(prev.end, g.start)))
    return true;
  const isState = (h: GazetteerMatch | undefined) =>
    !!h &&
    !h.entry.guarded &&
    h.entry.targets.some((t) => t.type === 'actor' && ctx.dict.actors.get(t.actorId)?.kind === 'state');
  const i = ctx.names.indexOf(g);
  const before = ctx.names[i - 1];
  const after = ctx.names[i + 1];
  return (
    (isState(before) && LIST_WORDS.test(ctx.text.slice(before!.end, g.start))) ||
    (isState(after) &&
      LIST_WORDS.test(ctx.text.slice(g.end, after!.start).replace(/\s(?:les|the|los|las|la|le)\s*$/, ' ')))
  );
}

export function collectActorMatches(ctx: ArticleContext): Map<string, ActorMatch[]> {
  const lex = lexicon();
  const found = new Map<string, ActorMatch[]>();
  const add = (actorId: string, m: ActorMatch) => found.set(actorId, [...(found.get(actorId) ?? []), m]);

  for (const g of ctx.names) {
    const actors = g.entry.targets.flatMap((t) => (t.type === 'actor' ? [t] : []));
    if (actors.length === 0) continue;
    const prev = ctx.tokens[g.first - 1];
    // "New Mexico", "Nueva Guinea": a state name inside another place's name.
    if (
      g.last - g.first === 1 &&
      prev &&
      lex.placePrefixes.has(prev.raw) &&
      /^[ -]$/.test(ctx.text.slice(prev.end, g.start))
    )
      continue;
    if (g.entry.guarded && !guardedInContext(ctx, g)) continue;
    const sentenceIndex = ctx.tokenSentence[g.first]!;
    for (const t of actors)
      add(t.actorId, {
        text: g.text,
        start: g.start,
        end: g.end,
        sentenceIndex,
        via: t.via,
        confidence: actors.length > 1 ? 'low' : 'high',
        ...(actors.length > 1 && {
          note: `“${g.text}” may name ${actors.map((a) => ctx.dict.actors.get(a.actorId)?.name ?? a.actorId).join(' or ')}.`,
        }),
      });
  }

  const institution = lex.institutionWords[ctx.language];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.inName[i]) continue;
    const tok = ctx.tokens[i]!;
    for (const d of lex.demonyms.get(tok.folded) ?? []) {
      const last = i + d.tokens.length;
      if (!d.tokens.every((w, k) => ctx.tokens[i + k]?.folded === w && !ctx.inName[i + k])) continue;
      const s = ctx.tokenSentence[i]!;
      const near = [i - 2, i - 1, last, last + 1].some(
        (k) => ctx.tokenSentence[k] === s && institution.has(ctx.tokens[k]!.folded),
      );
      // Without an institution word, "Vietnamese workers" is about people: it only supports a state
      // the article also names.
      if (!near && !found.has(d.actorId)) continue;
      const start = tok.start;
      const end = ctx.tokens[last - 1]!.end;
      add(d.actorId, {
        text: ctx.text.slice(start, end),
        start,
        end,
        sentenceIndex: s,
        via: 'demonym',
        confidence: 'medium',
      });
    }
  }

  for (let i = 0; i < ctx.tokens.length; i++) {
    const tok = ctx.tokens[i]!;
    if (ctx.inName[i] || tok.raw.length > 6 || !isAllCaps(tok.raw) || ctx.dict.knownAcronyms.has(tok.raw))
      continue;
    for (const [actorId, matches] of found) {
      const used = new Set(matches.filter((m) => m.via === 'acronym').map((m) => m.text));
      const real = [...used].find((a) => isTransposition(tok.raw, a));
      if (!real) continue;
      add(actorId, {
        text: tok.raw,
        start: tok.start,
        end: tok.end,
        sentenceIndex: ctx.tokenSentence[i]!,
        via: 'transposition',
        confidence: 'medium',
        note: `“${tok.raw}” is read as a slip for “${real}”, which the article uses elsewhere; no body in our list is called ${tok.raw}.`,
      });
      break;
    }
  }
  return found;
}

export interface RoleContext {
  eventSentences: ReadonlySet<number>;
  /** Character range of the dateline, whose names are the place, not participants. */
  dateline: { start: number; end: number } | null;
  placeCountryId: string | null;
  /** Actors a named person in an event sentence speaks for. */
  affiliations: ReadonlySet<string>;
}

function role(actorId: string, matches: readonly ActorMatch[], rc: RoleContext): [ParticipantRole, string] {
  const inEvent = matches.find(
    (m) =>
      rc.eventSentences.has(m.sentenceIndex) &&
      !(rc.dateline && m.start < rc.dateline.end && m.end > rc.dateline.start),
  );
  if (inEvent)
    return ['party', `Named in the sentence describing the event (sentence ${inEvent.sentenceIndex + 1}).`];
  if (rc.affiliations.has(actorId)) return ['party', 'A person taking part speaks for it.'];
  if (actorId === rc.placeCountryId) return ['host', 'The event takes place in this country.'];
  return ['mentioned', 'Named in the article, outside the sentences describing the event.'];
}

export function actorSuggestions(
  ctx: ArticleContext,
  found: ReadonlyMap<string, ActorMatch[]>,
  rc: RoleContext,
): ActorSuggestion[] {
  const out: ActorSuggestion[] = [];
  for (const [actorId, matches] of found) {
    const actor = ctx.dict.actors.get(actorId);
    if (!actor) continue;
    matches.sort((a, b) => a.start - b.start);
    const best = matches.reduce((a, b) => (RANK[b.confidence] > RANK[a.confidence] ? b : a));
    const forms = new Map<string, number>();
    for (const m of matches) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
    const listed = [...forms].map(([f, n]) => (n > 1 ? `“${f}” ×${n}` : `“${f}”`)).join(', ');
    const notes = [...new Set(matches.flatMap((m) => (m.note ? [m.note] : [])))];
    const [r, roleReason] = role(actorId, matches, rc);
    out.push({
      actorId,
      name: actor.name,
      kind: actor.kind,
      role: r,
      roleReason,
      matches,
      confidence: best.confidence,
      reason: [`Found as ${listed}.`, ...notes].join(' '),
    });
  }
  const order: Record<ParticipantRole, number> = { party: 0, host: 1 } as Record<ParticipantRole, number>;
  return out.sort(
    (a, b) => (order[a.role] ?? 2) - (order[b.role] ?? 2) || a.matches[0]!.start - b.matches[0]!.start,
  );
}
