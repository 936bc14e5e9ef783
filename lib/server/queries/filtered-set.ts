// The filtered records, for aggregates that must read them (the rollups cannot answer the filter): a
// materialised set `f` and sub-selects of its links. Two sources, the same rows:
// - a filter the facet index answers (narrowings combined, or one with kinds or a period): the index
//   finds the records and their facts rows carry their participants, topics and commitments, as JSON
//   arrays on SQLite and text arrays on PostgreSQL (lib/db/facts.ts; decision 0013);
// - otherwise: the filter's SQL over the records, and the link tables joined through their
//   (record_id, …) primary keys.
// CROSS JOIN keeps SQLite starting from the set rather than from the link tables; PostgreSQL plans it
// freely. Counts per link or pair of the facts' arrays are SQLite's `tally_joined` functions there (a
// hash table, where GROUP BY sorts; lib/db/sqlite-functions.mjs, decision 0014) and GROUP BY elsewhere.
// Readers that only count (the summary, the map, the network's nodes and ties) take them there as
// the index finds the rows, in one pass, without materialising `f` (`counting`, `actorsAndPairs`).
import type { RecordFilter } from '../../domain/filter';
import type { DbTx } from '../../db/client';
import type { FactsLink } from '../../db/facts';
import { SQUARE_MAX } from '../../db/sqlite-functions.mjs';
import { currentEngine, join, num, raw, sql, type Sql } from '../sql';
import { narrowingSizes } from './filter-plan';
import { factsParts } from './facts-parts';
import { filterCondition, matchingFacts, usesFacets } from './filter-sql';
import { readTies } from './ties';

export interface FilteredSet {
  /** `f AS MATERIALIZED (…)`: the records, with f.id and f.date_start (for a WITH clause). */
  cte: Sql;
  /** Rows (record_id, a, b) with a < b: the pairs of participants of each record of f. */
  pairs: Sql;
  /** Rows (id, n): each participant (topic, commitment) of f and how many records of f list it. */
  counts(link: SetLink): Sql;
  /** Rows (a, b, n) with a < b: each pair of participants and how many records of f they share. */
  pairCounts: Sql;
  /**
   * The counts of `counts('actors')` and `pairCounts` from one statement (the records are found once).
   * On SQLite's facts path they come back as the two JSON objects the counting functions make, not
   * as 10,000s of rows through the driver and Prisma (decision 0014).
   */
  actorsAndPairs(db: DbTx): Promise<ActorsAndPairs>;
  /** Rows (actor_id): everyone in a record of f with any of `ids` (themselves included). */
  partnersOf(ids: Sql): Sql;
  /**
   * For readers that only count: a WITH clause, the number of records with their first and last start
   * dates (`total`: one row n, lo, hi) and the counts of each link (as `counts`). On SQLite's facts path
   * everything is counted in one pass over the matching rows, with nothing materialised but the one row
   * of counts (copying the 24,000 rows of a three-filter set into a temporary table and reading it once
   * per count took 8 ms more of 75 at 1M); elsewhere these are `cte` and `counts` over `f`. With
   * several read workers the pass is split between them (`factsParts`), and the WITH clause carries
   * the summed counts.
   */
  counting(): Promise<Counting>;
}

export interface Counting {
  cte: Sql;
  total: Sql;
  counts(link: SetLink): Sql;
}

/** The JSON objects of `tally_joined` (`{id: n}`, or NULL for no rows) summed into one. */
export function sumTallies(tallies: ReadonlyArray<string | null>): Record<string, number> {
  const out = new Map<string, number>();
  for (const t of tallies) {
    if (t === null) continue;
    for (const [id, n] of Object.entries(JSON.parse(t) as Record<string, number>))
      out.set(id, (out.get(id) ?? 0) + n);
  }
  // Own properties whatever the ids (`__proto__` included), in order of first appearance.
  return Object.fromEntries(out);
}

/**
 * Each actor with its number of records, and each pair (s < t) with the records they share (w), in the
 * shape of the network's tie rows (lib/server/queries/ties.ts), which take them as they are.
 */
export interface ActorsAndPairs {
  actors: Array<{ id: string; n: number }>;
  pairs: Array<{ s: string; t: string; w: number }>;
}

/** Counted rows of the set: (actor, NULL, n) for actors and (a, b, n) for pairs, split. */
async function actorsAndPairsFromRows(
  db: DbTx,
  cte: Sql,
  counts: Sql,
  pairCounts: Sql,
): Promise<ActorsAndPairs> {
  const rows = await readTies<{ s: string; t: string | null; w: unknown }>(
    db,
    sql`WITH ${cte} SELECT c.id AS s, NULL AS t, c.n AS w FROM (${counts}) c
      UNION ALL SELECT e.a, e.b, e.n FROM (${pairCounts}) e`,
  );
  const out: ActorsAndPairs = { actors: [], pairs: [] };
  for (const r of rows)
    if (r.t === null) out.actors.push({ id: r.s, n: num(r.w) });
    else out.pairs.push({ s: r.s, t: r.t, w: num(r.w) });
  return out;
}

/**
 * The JSON of `tally_with_pairs_joined`, `[[id, …], [n, …], [a, b, n, …]]` (pairs by position in the
 * ids), as lists: of one statement, or of the parts of a pass (their counts summed). Ids are numbered
 * across the parts and the pairs summed by number: the parts' objects of objects keyed by id, summed in
 * Maps, took 4.3 ms of the server's thread for the three-filter network at 1M records (12,900 pairs of
 * 278 actors), the numbered lists 1.4–2.1 ms.
 */
export function fromTallies(...parts: string[]): ActorsAndPairs {
  const tallies = parts.map((t) => JSON.parse(t) as [string[], number[], number[]]);
  if (tallies.length === 1) {
    const [ids, counts, pairs] = tallies[0]!;
    const out: ActorsAndPairs = { actors: ids.map((id, k) => ({ id, n: counts[k]! })), pairs: [] };
    for (let x = 0; x < pairs.length; x += 3)
      out.pairs.push({ s: ids[pairs[x]!]!, t: ids[pairs[x + 1]!]!, w: pairs[x + 2]! });
    return out;
  }
  // Every part's ids numbered once across the parts, their counts added.
  const number = new Map<string, number>();
  const ids: string[] = [];
  const counts: number[] = [];
  const numbers = tallies.map(([partIds, partCounts]) =>
    partIds.map((id, k) => {
      let g = number.get(id);
      if (g === undefined) {
        number.set(id, (g = ids.length));
        ids.push(id);
        counts.push(0);
      }
      counts[g]! += partCounts[k]!;
      return g;
    }),
  );
  // The pairs' counts added by the pair's numbers, in order of first appearance.
  const d = ids.length;
  const square = d <= SQUARE_MAX ? new Int32Array(d * d) : null;
  const sums = square ? null : new Map<number, number>();
  const cells: number[] = [];
  tallies.forEach(([, , pairs], part) => {
    const global = numbers[part]!;
    for (let x = 0; x < pairs.length; x += 3) {
      const cell = global[pairs[x]!]! * d + global[pairs[x + 1]!]!;
      const w = pairs[x + 2]!;
      if (square) {
        if (square[cell] === 0) cells.push(cell);
        square[cell] = square[cell]! + w;
      } else {
        const seen = sums!.get(cell);
        if (seen === undefined) cells.push(cell);
        sums!.set(cell, (seen ?? 0) + w);
      }
    }
  });
  return {
    actors: ids.map((id, g) => ({ id, n: counts[g]! })),
    pairs: cells.map((cell) => ({
      s: ids[Math.floor(cell / d)]!,
      t: ids[cell % d]!,
      w: square ? square[cell]! : sums!.get(cell)!,
    })),
  };
}

/** Rows (a, b, n): each pair of a `pairs` statement and how many records it is in. */
const pairCounts = (pairs: Sql) => sql`SELECT p.a, p.b, COUNT(*) AS n FROM (${pairs}) p GROUP BY p.a, p.b`;

/** The number of records of `f` and their first and last start dates. */
const TOTAL = sql`SELECT COUNT(*) AS n, MIN(f.date_start) AS lo, MAX(f.date_start) AS hi FROM f`;

/** Which links a reader of the set uses (from the facts rows, only those are carried into `f`). */
export type SetLink = FactsLink;

/** The link table and its column behind each kind of link. */
const LINK_TABLES: Record<SetLink, [table: string, column: string]> = {
  actors: ['record_participant', 'actor_id'],
  topics: ['record_topic', 'topic_id'],
  commitments: ['record_commitment', 'commitment_id'],
};

export async function filteredSet(
  db: DbTx,
  filter: RecordFilter,
  links: readonly SetLink[] = ['actors', 'topics', 'commitments'],
): Promise<FilteredSet> {
  if (usesFacets(filter)) {
    // The links of each record: a JSON array on SQLite, a text array on PostgreSQL.
    const elements = (column: string, as: string) =>
      raw(
        currentEngine() === 'sqlite'
          ? `json_each(f.${column}) ${as}`
          : `LATERAL unnest(f.${column}) AS ${as}(value)`,
      );
    const onSqlite = currentEngine() === 'sqlite';
    const factsPairs = sql`SELECT f.id AS record_id, x.value AS a, y.value AS b
        FROM f CROSS JOIN ${elements('actors', 'x')} CROSS JOIN ${elements('actors', 'y')} WHERE x.value < y.value`;
    const facts: Omit<FilteredSet, 'actorsAndPairs' | 'counting'> = {
      cte: sql`f AS MATERIALIZED (${matchingFacts(
        filter,
        raw(
          ['x.record_id AS id', 'x.date_start AS date_start', ...links.map((l) => `x.${l} AS ${l}`)].join(
            ', ',
          ),
        ),
      )})`,
      pairs: factsPairs,
      counts: (link) =>
        onSqlite
          ? sql`SELECT j.key AS id, j.value AS n
              FROM (SELECT tally_joined(group_concat(f.${raw(link)}, ',')) AS c FROM f) t CROSS JOIN json_each(t.c) j`
          : sql`SELECT j.value AS id, COUNT(*) AS n FROM f CROSS JOIN ${elements(link, 'j')} GROUP BY j.value`,
      // Read on PostgreSQL only (actorsAndPairs); SQLite counts the pairs with tally_with_pairs_joined.
      pairCounts: pairCounts(factsPairs),
      partnersOf: (ids) => sql`SELECT y.value AS actor_id
        FROM f CROSS JOIN ${elements('actors', 'x')} CROSS JOIN ${elements('actors', 'y')} WHERE x.value IN (${ids})`,
    };
    const tallyColumns = raw(
      [
        'COUNT(*) AS n, MIN(x.date_start) AS lo, MAX(x.date_start) AS hi',
        ...links.map((l) => `tally_joined(group_concat(x.${l}, ',')) AS ${l}`),
      ].join(', '),
    );
    const tallied: Omit<Counting, 'cte'> = {
      total: sql`SELECT c.n AS n, c.lo AS lo, c.hi AS hi FROM tallies c`,
      counts: (link) =>
        sql`SELECT j.key AS id, j.value AS n FROM tallies c CROSS JOIN json_each(c.${raw(link)}) j`,
    };
    return {
      ...facts,
      counting: async () => {
        if (!onSqlite) return { cte: facts.cte, total: TOTAL, counts: facts.counts };
        const parts = await factsParts(db, filter);
        if (!parts.length)
          return { cte: sql`tallies AS MATERIALIZED (${matchingFacts(filter, tallyColumns)})`, ...tallied };
        // Each part counted on its own worker; the WITH clause then holds their sums.
        type Part = { n: unknown; lo: string | null; hi: string | null } & Record<SetLink, string | null>;
        const rows = (
          await Promise.all(parts.map((p) => db.$queryRaw<Part[]>(matchingFacts(filter, tallyColumns, p))))
        ).map((r) => r[0]!);
        const dates = rows.flatMap((r) => (r.lo === null ? [] : [r.lo, r.hi!])).sort();
        const sums = links.map((l) => sql`${JSON.stringify(sumTallies(rows.map((r) => r[l])))} AS ${raw(l)}`);
        return {
          cte: sql`tallies AS MATERIALIZED (SELECT ${rows.reduce((t, r) => t + num(r.n), 0)} AS n,
            ${dates[0] ?? null} AS lo, ${dates.at(-1) ?? null} AS hi, ${join(sums)})`,
          ...tallied,
        };
      },
      actorsAndPairs: async (db) => {
        if (!onSqlite) return actorsAndPairsFromRows(db, facts.cte, facts.counts('actors'), facts.pairCounts);
        // Counted as the index finds the rows, nothing materialised (as `counting`), in parts when
        // there are workers to read them.
        const columns = raw(`tally_with_pairs_joined(group_concat(x.actors, ',')) AS tallies`);
        const split = await factsParts(db, filter);
        const rows = await Promise.all(
          (split.length ? split : [undefined]).map((p) =>
            db.$queryRaw<Array<{ tallies: string }>>(matchingFacts(filter, columns, p)),
          ),
        );
        return fromTallies(...rows.map((r) => r[0]!.tallies));
      },
    };
  }
  const where = filterCondition(filter, { sizes: await narrowingSizes(db, filter) });
  const link = (table: string, column: string) =>
    raw(
      `SELECT f.id AS record_id, l.${column} AS ${column} FROM f CROSS JOIN ${table} l WHERE l.record_id = f.id`,
    );
  const pairs = sql`SELECT f.id AS record_id, x.actor_id AS a, y.actor_id AS b
      FROM f CROSS JOIN record_participant x CROSS JOIN record_participant y
      WHERE x.record_id = f.id AND y.record_id = f.id AND x.actor_id < y.actor_id`;
  const linked: Omit<FilteredSet, 'actorsAndPairs' | 'counting'> = {
    cte: sql`f AS MATERIALIZED (SELECT r.id, r.date_start FROM cooperation_record r WHERE ${where})`,
    pairs,
    counts: (l) => {
      const [table, column] = LINK_TABLES[l];
      return sql`SELECT l.${raw(column)} AS id, COUNT(*) AS n FROM (${link(table, column)}) l GROUP BY l.${raw(column)}`;
    },
    pairCounts: pairCounts(pairs),
    // From the actors' own records (their index), kept if filtered: f may be most of the records.
    partnersOf: (
      ids,
    ) => sql`SELECT b.actor_id FROM record_participant a JOIN record_participant b ON b.record_id = a.record_id
      WHERE a.actor_id IN (${ids}) AND a.record_id IN (SELECT id FROM f)`,
  };
  return {
    ...linked,
    counting: async () => ({ cte: linked.cte, total: TOTAL, counts: linked.counts }),
    actorsAndPairs: (db) =>
      actorsAndPairsFromRows(db, linked.cte, linked.counts('actors'), linked.pairCounts),
  };
}
