// Counting functions registered on every SQLite connection of the app (the main one, prisma/adapter.ts,
// and each read worker, sqlite-read-worker.mjs). SQLite groups with a sorter only; these count in a
// hash table instead, and hand the counts back to the query as one JSON object that json_each() turns
// into rows again (docs/decisions/0014-sqlite-counting-functions.md). Each takes the link cells of all
// the rows joined by SQLite's own group_concat (a JSON array of ids per row: record_facts' actors,
// topics, commitments), so JavaScript is called once per statement and parses the cells with one
// JSON.parse. (They were aggregates, called once per row: ~1.3 µs a row for a small cell, most of it
// the crossing; the three-filter network at 1M, 66 → 49–52 ms for the statement.)
//
//   tally_joined(group_concat(links, ','))             → {"id": number of rows that list it, …}
//   tally_with_pairs_joined(group_concat(links, ','))  → [tally, {"a": {"b": rows listing both, …}, …}]
//                                                        with a < b
//
// NULL (no rows, or only NULL cells) counts nothing. `a < b` is SQLite's BINARY order (UTF-8 bytes,
// i.e. code points), the order `x.value < y.value` gives in SQL. Plain JavaScript: the read workers
// load it by path at run time, outside the bundle.

/** Code point order (SQLite's BINARY collation on UTF-8 text), not JavaScript's UTF-16 unit order. */
export function binaryLess(a, b) {
  if (a === b) return false;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800–DFFF) stand for code points above U+FFFF: only there do the orders differ.
    if (x < 0xd800 && y < 0xd800) return x < y;
    return a.codePointAt(i) < b.codePointAt(i);
  }
  return a.length < b.length;
}

/** The arrays of the cells group_concat joined with commas (each cell a JSON array, or NULL). */
function joinedElements(joined) {
  if (joined === null || joined === undefined) return [];
  const rows = JSON.parse(`[${joined}]`);
  for (const row of rows) if (!Array.isArray(row)) throw new TypeError('tally: expected a JSON array of ids');
  return rows;
}

/** JSON text of a Map of counts (or of Maps of counts), written key by key: ids are data, not names. */
function toJson(counts) {
  let out = '{';
  let first = true;
  for (const [key, value] of counts) {
    out += `${first ? '' : ','}${JSON.stringify(String(key))}:${value instanceof Map ? toJson(value) : value}`;
    first = false;
  }
  return `${out}}`;
}

/** Adds one to each id's count. */
function countIds(counts, ids) {
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
}

/** Adds one to the count of each pair a < b of ids. */
function countPairs(counts, ids) {
  for (const a of ids) {
    let row = counts.get(a);
    for (const b of ids) {
      if (!binaryLess(a, b)) continue;
      if (!row) counts.set(a, (row = new Map()));
      row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
}

/** Each id's count over the joined cells. */
function tallyJoined(joined) {
  const counts = new Map();
  for (const ids of joinedElements(joined)) countIds(counts, ids);
  return toJson(counts);
}

/** The ids' counts and the pairs' counts over the joined cells, from one reading of them. */
function tallyWithPairsJoined(joined) {
  const ids = new Map();
  const pairs = new Map();
  for (const row of joinedElements(joined)) {
    countIds(ids, row);
    countPairs(pairs, row);
  }
  return `[${toJson(ids)},${toJson(pairs)}]`;
}

/**
 * Registers the functions on the better-sqlite3 connection of a Prisma SQLite driver adapter (its
 * `client`, which the adapter's types do not declare: if a release moves it, this throws at connect
 * instead of every count failing later).
 */
export function registerSqliteFunctions(adapter) {
  const db = adapter?.client;
  if (!db || typeof db.function !== 'function')
    throw new Error('The SQLite driver adapter no longer exposes its better-sqlite3 connection (client)');
  db.function('tally_joined', { directOnly: true, deterministic: true }, tallyJoined);
  db.function('tally_with_pairs_joined', { directOnly: true, deterministic: true }, tallyWithPairsJoined);
}
