// Real actor–event–actor records for the benchmark: the ICEWS sample in ../shared/data/event_data_icews
// (ICEWS14 and ICEWS05-15 test and valid splits, about 109,000 distinct rows; see its SOURCES.md).
// Licence CC BY-NC-SA 4.0 (non-commercial, share-alike): read from ../shared at run time only, loaded
// into a scratch database under bench/tmp (git-ignored), never copied into the repository, never
// shipped. For benchmarks only.
//
// What the data is and is not: ICEWS codes political events of every kind (statements, visits,
// arrests, fighting), not migration cooperation. Each row becomes one record dated to the day, with its
// source and target as participants. The shape is real (who appears how often, which pairs, which
// dates); the meaning is not ours:
// - actors: a name that is a country's English name or alias in the database (China, South Korea,
//   United States) becomes that state; any other name (persons such as "Barack Obama", sector-qualified
//   actors such as "Police (Australia)", organisations) becomes a bench-only actor of kind 'other'.
//   Sector-qualified actors are not folded into their country: a ministry is not the state.
// - kinds: the CAMEO verb text is mapped to the nearest record kind by a few keyword rules
//   (ICEWS_KIND_RULES); everything else, conflict included, is loaded as 'statement'.
// - no topics, GCM objectives, places, people or sources.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { recordSearchText } from '../lib/domain/search-text';
import type { RecordKind } from '../lib/domain/vocab';
import { fold, searchText } from '../lib/text/fold';
import { root } from '../scripts/prisma-env.mjs';
import { bar, recountRollups, setupDatabase, sqliteSink, type LoadResult } from './load';
import type { SyntheticRecord } from './synthetic';

export const ICEWS_DIR = path.resolve(root, '..', 'shared', 'data', 'event_data_icews');

export interface IcewsRow {
  source: string;
  event: string;
  target: string;
  date: string;
}

/** Parses one file (tab-separated, no header: source, event type, target, YYYY-MM-DD). */
export function parseIcews(text: string): { rows: IcewsRow[]; skipped: number } {
  const rows: IcewsRow[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const [source, event, target, date] = line.replace(/\r$/, '').split('\t');
    if (!source || !event || !target || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      skipped++;
      continue;
    }
    rows.push({ source: source.trim(), event: event.trim(), target: target.trim(), date });
  }
  return { rows, skipped };
}

/** CAMEO verb text → record kind, first match wins; anything else is a 'statement'. */
export const ICEWS_KIND_RULES: Array<[RegExp, RecordKind]> = [
  [/agreement|ceasefire|settle/i, 'agreement'],
  [/^(express intent|promise)/i, 'pledge'],
  [/consult|visit|meet|negotiat|telephone|mediat/i, 'meeting'],
  [/\baid\b/i, 'funding'],
  [/cooperat/i, 'programme'],
];

export function icewsKind(event: string): RecordKind {
  for (const [re, kind] of ICEWS_KIND_RULES) if (re.test(event)) return kind;
  return 'statement';
}

export interface CountryName {
  actorId: string;
  name: string;
}

/** Folded country name → state id; a name two states share (e.g. "Congo") is left out as ambiguous. */
export function countryIndex(names: CountryName[]): Map<string, string> {
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const { actorId, name } of names) {
    const key = fold(name);
    if (!key) continue;
    const had = index.get(key);
    if (had && had !== actorId) ambiguous.add(key);
    else index.set(key, actorId);
  }
  for (const key of ambiguous) index.delete(key);
  return index;
}

/** "Police (Australia)" → "Australia": a sector or person qualified by a country. */
export function qualifier(name: string): string | null {
  return /^.+\(([^()]+)\)$/.exec(name)?.[1]?.trim() ?? null;
}

/** A stable id for a bench-only actor: never a real actor id (those are ISO codes or plain slugs). */
export function benchActorId(name: string, taken: Set<string>): string {
  const slug =
    fold(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'actor';
  let id = `icews-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `icews-${slug}-${n}`;
  taken.add(id);
  return id;
}

export interface IcewsInfo {
  dir: string;
  files: Array<{ file: string; rows: number; skipped: number }>;
  rows: number;
  duplicates: number;
  records: number;
  names: number;
  namesMappedToStates: number;
  benchActors: number;
  /** Records with both, one or neither participant mapped to a state. */
  rowsBothStates: number;
  rowsOneState: number;
  rowsNoState: number;
  /** Participations by a sector-qualified actor whose country is known (not folded into it). */
  qualifiedParticipations: number;
  selfLoops: number;
  kinds: Record<string, number>;
  licence: string;
  notes: string[];
}

export function icewsAvailable(dir = ICEWS_DIR): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.endsWith('.tsv'));
}

/** A fresh SQLite benchmark database (bench/tmp/bench-icews.db): the shipped data plus the ICEWS rows. */
export async function loadIcewsDatabase(dir = ICEWS_DIR): Promise<{ load: LoadResult; info: IcewsInfo }> {
  if (!icewsAvailable(dir)) throw new Error(`No ICEWS sample (*.tsv) in ${dir}.`);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort();
  const seen = new Set<string>();
  const rows: Array<IcewsRow & { file: string }> = [];
  const fileInfo: IcewsInfo['files'] = [];
  let total = 0;
  for (const file of files) {
    const parsed = parseIcews(fs.readFileSync(path.join(dir, file), 'utf8'));
    fileInfo.push({ file, rows: parsed.rows.length, skipped: parsed.skipped });
    total += parsed.rows.length;
    for (const r of parsed.rows) {
      // The splits overlap: the same row in two files is one event.
      const key = `${r.source}\t${r.event}\t${r.target}\t${r.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ ...r, file });
    }
  }

  const file = path.join(root, 'bench', 'tmp', 'bench-icews.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
  const url = `file:${file}`;
  console.log(`Loading ${rows.length.toLocaleString('en')} ICEWS rows (from ${dir}) into ${file}`);
  setupDatabase(url);

  // Actors: states by English name or alias; everyone else bench-only.
  const sqlite = new Database(file);
  const states = sqlite
    .prepare(
      `SELECT id AS actorId, name_en AS name FROM actor WHERE kind = 'state'
       UNION ALL SELECT id, formal_name_en FROM actor WHERE kind = 'state' AND formal_name_en IS NOT NULL
       UNION ALL SELECT al.actor_id, al.alias FROM actor_alias al JOIN actor a ON a.id = al.actor_id
         WHERE a.kind = 'state' AND al.lang IN ('en', 'und')`,
    )
    .all() as CountryName[];
  const index = countryIndex(states);
  const actorNames = new Map(
    (
      sqlite.prepare(`SELECT id, name_en AS nameEn, name_fr AS nameFr FROM actor`).all() as Array<{
        id: string;
        nameEn: string;
        nameFr: string | null;
      }>
    ).map((a) => [a.id, a]),
  );
  const taken = new Set(actorNames.keys());
  const actorOf = new Map<string, { id: string; state: boolean }>();
  const benchActors: Array<{ id: string; name: string }> = [];
  for (const r of rows)
    for (const name of [r.source, r.target]) {
      if (actorOf.has(name)) continue;
      const state = index.get(fold(name));
      if (state) actorOf.set(name, { id: state, state: true });
      else {
        const id = benchActorId(name, taken);
        actorOf.set(name, { id, state: false });
        benchActors.push({ id, name });
      }
    }
  const insertActor = sqlite.prepare(
    `INSERT INTO actor (id, kind, name_en, description, search_text) VALUES (?, 'other', ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (const a of benchActors)
      insertActor.run(a.id, a.name, 'ICEWS actor, benchmark database only', searchText([a.name]));
  })();
  sqlite.close();

  const info: IcewsInfo = {
    dir,
    files: fileInfo,
    rows: total,
    duplicates: total - rows.length,
    records: rows.length,
    names: actorOf.size,
    namesMappedToStates: [...actorOf.values()].filter((a) => a.state).length,
    benchActors: benchActors.length,
    rowsBothStates: 0,
    rowsOneState: 0,
    rowsNoState: 0,
    qualifiedParticipations: 0,
    selfLoops: 0,
    kinds: {},
    licence: 'CC BY-NC-SA 4.0 (de-simple datasets): internal benchmarks only, not shipped',
    notes: [],
  };
  const benchName = new Map(benchActors.map((a) => [a.id, a.name]));

  const sink = sqliteSink(file, 'icews');
  const started = Date.now();
  let batch: SyntheticRecord[] = [];
  let done = 0;
  let participants = 0;
  const flush = async () => {
    participants += await sink.insert(batch);
    done += batch.length;
    batch = [];
    bar(done, rows.length, started);
  };
  for (const [i, r] of rows.entries()) {
    const src = actorOf.get(r.source)!;
    const tgt = actorOf.get(r.target)!;
    const mapped = [src, tgt].filter((a) => a.state).length;
    if (mapped === 2) info.rowsBothStates++;
    else if (mapped === 1) info.rowsOneState++;
    else info.rowsNoState++;
    for (const a of [r.source, r.target]) {
      const q = qualifier(a);
      if (q && !actorOf.get(a)!.state && index.has(fold(q))) info.qualifiedParticipations++;
    }
    const ids = [...new Set([src.id, tgt.id])];
    if (ids.length === 1) info.selfLoops++;
    const kind = icewsKind(r.event);
    info.kinds[kind] = (info.kinds[kind] ?? 0) + 1;
    const year = Number(r.date.slice(0, 4));
    const month = Number(r.date.slice(5, 7));
    const title = `[ICEWS] ${r.source} — ${r.event} — ${r.target}`;
    const summary = `ICEWS event from ${r.file} (CC BY-NC-SA 4.0; benchmark database only).`;
    const id = `icews-${i}`;
    const participantsOf = ids.map((actorId) => ({ actorId, role: 'party' }));
    batch.push({
      id,
      kind,
      title,
      summary,
      dateStart: r.date,
      dateEnd: r.date,
      datePrecision: 'day',
      year,
      month,
      placeId: null,
      participants: participantsOf,
      topics: [],
      objectives: [],
      searchText: recordSearchText(
        {
          id,
          title,
          summary,
          participants: ids.map((actor) => ({ actor })),
          people: [],
          sources: [],
        },
        undefined,
        undefined,
        (actorId) => ({
          names: actorNames.get(actorId) ?? { nameEn: benchName.get(actorId) ?? actorId },
          aliases: [],
        }),
      ),
    });
    if (batch.length === 2000) await flush();
  }
  if (batch.length) await flush();
  await sink.finish();
  process.stdout.write('\n');
  await recountRollups(url);
  const seconds = (Date.now() - started) / 1000;
  info.notes.push(
    `${info.namesMappedToStates} of ${info.names} actor names are countries (English name or alias) and map to their state; the other ${info.benchActors} (persons, sector-qualified actors such as "Police (Australia)", organisations) are bench-only actors of kind 'other'.`,
    `${info.qualifiedParticipations.toLocaleString('en')} participations are by a sector-qualified actor of a known country; they are not counted for that country (a ministry is not the state), so the map and country filters see fewer records than a looser mapping would give.`,
    `Kinds come from the CAMEO verb by keyword (agreement, pledge, meeting, funding, programme); ${(info.kinds.statement ?? 0).toLocaleString('en')} rows (conflict and other events included) are loaded as 'statement'. ICEWS is political event data in general, not migration cooperation: the shape (actor skew, pairs, dates) is real, the meaning is not ours.`,
    'No topics, GCM objectives, places or sources: the "three filters" combination is country + kind + period instead of country + topic + period.',
  );
  return {
    load: {
      url,
      engine: 'sqlite',
      records: done,
      participants,
      seconds,
      recordsPerSecond: done / seconds,
    },
    info,
  };
}
