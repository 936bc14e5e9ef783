// The assistant's dictionary: actors with every name, alias and acronym, places, topics with the GCM
// objectives they serve, and objectives, read from the database in one go, plus the capitals list.
// Building it compiles the name matcher, so load it once and reuse it: extraction itself is pure.
import type { DbTx } from '../db/client';
import type { ActorKind } from '../domain/vocab';
import { readCapitals, type Capital } from './capitals';
import { buildGazetteer, type Gazetteer, type GazetteerName } from './gazetteer';
import { lexicon } from './lexicon';
import { isAllCaps, phraseTokens } from './tokens';

export interface DictActor {
  id: string;
  kind: ActorKind;
  /** English name. */
  name: string;
  acronym: string | null;
}

export interface DictPlace {
  id: string;
  countryId: string;
  name: string;
}

export interface DictTopic {
  id: string;
  name: string;
  /** GCM objective numbers the topic serves. */
  objectives: number[];
}

export interface DictObjective {
  number: number;
  commitmentId: string;
  title: string;
}

/** Database rows the dictionary is built from (also how tests build a small one by hand). */
export interface DictionarySource {
  actors: Array<
    DictActor & {
      /** Official names per language (en, fr, es, ar, zh, ru, vi). */
      names: Array<{ lang: string; name: string }>;
      aliases: Array<{ lang: string; alias: string; type: string }>;
    }
  >;
  places: Array<DictPlace & { names: Array<{ lang: string; name: string }> }>;
  topics: DictTopic[];
  objectives: DictObjective[];
  capitals: Capital[];
}

export interface Dictionary {
  actors: ReadonlyMap<string, DictActor>;
  places: ReadonlyMap<string, DictPlace>;
  topics: ReadonlyMap<string, DictTopic>;
  objectives: ReadonlyMap<number, DictObjective>;
  gazetteer: Gazetteer;
  /** Acronyms of each actor in every language (IOM, OIM), for the transposition rule. */
  acronyms: ReadonlyMap<string, readonly string[]>;
  /** Every acronym some actor is known by: a slip never resolves to a real acronym of another body. */
  knownAcronyms: ReadonlySet<string>;
}

// Languages whose names are matched accent- and case-insensitively. Names in other languages are
// matched exactly as written: folded Vietnamese "Mỹ" (USA) would otherwise be the English "my".
const FOLDED_LANGS = new Set(['en', 'fr', 'es', 'und']);
const LEADING_ARTICLE = /^(?:the|la|le|les|el|los|las|l['’])\s*/i;

function usableName(text: string): boolean {
  // List forms ("Iran (Islamic Republic of)", "Korea, Republic of") never occur in prose.
  return text.trim() !== '' && !/[(),]/.test(text);
}

export function buildDictionary(src: DictionarySource): Dictionary {
  const lex = lexicon();
  const names: GazetteerName[] = [];
  const acronyms = new Map<string, string[]>();
  const addAcronym = (actorId: string, a: string) => {
    const list = acronyms.get(actorId) ?? [];
    if (!list.includes(a)) list.push(a);
    acronyms.set(actorId, list);
  };

  for (const a of src.actors) {
    const add = (text: string, lang: string, via: 'name' | 'acronym' | 'alias', formal = false) => {
      let t = text.trim();
      // "the Kyrgyz Republic" is written "the Kyrgyz Republic" or "Kyrgyz Republic"; the article is
      // not part of the name. Only formal names and English "The ..." lose it ("El Salvador" keeps it).
      if (formal || /^the\s/i.test(t)) t = t.replace(LEADING_ARTICLE, '');
      if (!usableName(t)) return;
      const guarded = lex.ignoredAliases.has(phraseTokens(t).join(' '));
      const acronym = via === 'acronym' || isAllCaps(t.replace(/[\s.-]/g, ''));
      if (acronym) addAcronym(a.id, t);
      names.push({
        text: t,
        exact: acronym || !FOLDED_LANGS.has(lang),
        guarded,
        target: { type: 'actor', actorId: a.id, via: acronym ? 'acronym' : via },
      });
    };
    for (const n of a.names) add(n.name, n.lang, 'name');
    if (a.acronym) add(a.acronym, 'und', 'acronym');
    for (const al of a.aliases)
      add(al.alias, al.lang, al.type === 'acronym' ? 'acronym' : 'alias', al.type === 'formal');
  }
  for (const p of src.places)
    for (const n of p.names)
      if (usableName(n.name))
        names.push({
          text: n.name,
          exact: !FOLDED_LANGS.has(n.lang),
          target: { type: 'place', placeId: p.id },
        });
  for (const c of src.capitals)
    if (usableName(c.name))
      names.push({
        text: c.name,
        exact: false,
        target: { type: 'capital', name: c.name, countryId: c.countryId },
      });

  return {
    actors: new Map(
      src.actors.map((a) => [a.id, { id: a.id, kind: a.kind, name: a.name, acronym: a.acronym }]),
    ),
    places: new Map(src.places.map((p) => [p.id, { id: p.id, countryId: p.countryId, name: p.name }])),
    topics: new Map(src.topics.map((t) => [t.id, t])),
    objectives: new Map(src.objectives.map((o) => [o.number, o])),
    gazetteer: buildGazetteer(names),
    acronyms,
    knownAcronyms: new Set([...acronyms.values()].flat()),
  };
}

const NAME_COLUMNS = ['En', 'Fr', 'Es', 'Ar', 'Zh', 'Ru', 'Vi'] as const;

/** Reads everything the assistant matches against; one set of queries, no per-article cost. */
export async function loadDictionary(db: DbTx, options: { capitals?: Capital[] } = {}): Promise<Dictionary> {
  const [actors, places, topics, objectives] = await Promise.all([
    db.actor.findMany({
      select: {
        id: true,
        kind: true,
        acronym: true,
        nameEn: true,
        nameFr: true,
        nameEs: true,
        nameAr: true,
        nameZh: true,
        nameRu: true,
        nameVi: true,
        aliases: { select: { lang: true, alias: true, type: true } },
      },
      orderBy: { id: 'asc' },
    }),
    db.place.findMany({ orderBy: { id: 'asc' } }),
    db.topic.findMany({
      select: {
        id: true,
        nameEn: true,
        commitments: { select: { commitment: { select: { number: true, frameworkId: true } } } },
      },
      orderBy: { sortOrder: 'asc' },
    }),
    db.commitment.findMany({
      where: { frameworkId: 'gcm', level: 'objective' },
      select: { id: true, number: true, titleEn: true },
      orderBy: { number: 'asc' },
    }),
  ]);
  const langNames = (row: Record<string, unknown>, prefix: string) =>
    NAME_COLUMNS.flatMap((c) => {
      const v = row[`${prefix}${c}`];
      return typeof v === 'string' && v ? [{ lang: c.toLowerCase(), name: v }] : [];
    });
  return buildDictionary({
    actors: actors.map((a) => ({
      id: a.id,
      kind: a.kind as ActorKind,
      name: a.nameEn,
      acronym: a.acronym,
      names: langNames(a, 'name'),
      aliases: a.aliases,
    })),
    places: places.map((p) => ({
      id: p.id,
      countryId: p.countryId,
      name: p.nameEn,
      names: langNames(p, 'name'),
    })),
    topics: topics.map((t) => ({
      id: t.id,
      name: t.nameEn,
      objectives: t.commitments
        .filter((c) => c.commitment.frameworkId === 'gcm' && c.commitment.number !== null)
        .map((c) => c.commitment.number!)
        .sort((x, y) => x - y),
    })),
    objectives: objectives.flatMap((o) =>
      o.number === null ? [] : [{ number: o.number, commitmentId: o.id, title: o.titleEn }],
    ),
    capitals: options.capitals ?? readCapitals(),
  });
}
