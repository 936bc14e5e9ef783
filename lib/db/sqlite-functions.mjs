// Counting functions registered on every SQLite connection of the app (the main one, prisma/adapter.ts,
// and each read worker, sqlite-read-worker.mjs). SQLite groups with a sorter only; these count in a
// hash table instead, and hand the counts back as JSON, which json_each() turns into rows again or the
// server reads (the network's pairs; docs/decisions/0014-sqlite-counting-functions.md). Each takes the link cells of all
// the rows joined by SQLite's own group_concat (a JSON array of ids per row: record_facts' actors,
// topics, commitments), so JavaScript is called once per statement. (They were aggregates, called once
// per row: ~1.3 µs a row for a small cell, most of it the crossing; the three-filter network at 1M,
// 66 → 49–52 ms for the statement.) Cells as the facts' writer makes them are read in place, each
// distinct id made a string once and numbered (`scanJoined`); any other text is read with JSON.parse
// and numbered the same way (`parsedJoined`), and one counting code serves both.
//
//   tally_joined(group_concat(links, ','))             → {"id": number of rows that list it, …}
//   tally_with_pairs_joined(group_concat(links, ','))  → [["id", …], [rows listing it, …],
//                                                         [a, b, rows listing both, …]]
//                                                        a and b positions in the ids, ids[a] < ids[b]
//
// NULL (no rows, or only NULL cells) counts nothing. `<` between ids is SQLite's BINARY order (UTF-8 bytes,
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

/**
 * The cells group_concat joined with commas (each a JSON array, or NULL), read by JSON.parse and
 * numbered as `scanJoined` numbers them: for the text it does not read. Ids are taken as text.
 */
function parsedJoined(joined) {
  const rows = joined === null || joined === undefined ? [] : JSON.parse(`[${joined}]`);
  const index = new Map();
  const ids = [];
  const flat = [];
  const ends = [];
  for (const row of rows) {
    if (!Array.isArray(row)) throw new TypeError('tally: expected a JSON array of ids');
    for (const value of row) {
      const id = String(value);
      let n = index.get(id);
      if (n === undefined) {
        n = ids.length;
        ids.push(id);
        index.set(id, n);
      }
      flat.push(n);
    }
    ends.push(flat.length);
  }
  return { ids, flat, ends, rows: rows.length };
}

const QUOTE = 34;
const COMMA = 44;
const OPEN = 91;
const CLOSE = 93;
const BACKSLASH = 92;

/**
 * The joined cells read without JSON.parse, when they are what the facts' writer makes: arrays of
 * strings with no escapes, no spaces. Each distinct id is made a string once and numbered in order of
 * first appearance (`ids`); `flat` lists every row's numbers one after another, row r ending at
 * `ends[r]`. JSON.parse made a string of every cell's every id (about 85,000 for a three-filter
 * network at 1M records), then hashed each into a Map: a third of the counting. Returns null for
 * anything else (an escape, a space, a number, a malformed cell), which `parsedJoined` then reads,
 * JSON.parse's errors included.
 */
export function scanJoined(joined) {
  const ids = [];
  let hashes = new Int32Array(64);
  let slots = new Int32Array(128).fill(-1);
  let flat = new Int32Array(1024);
  let ends = new Int32Array(256);
  let nFlat = 0;
  let nRows = 0;
  const s = joined;
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (s.charCodeAt(i) !== OPEN) return null;
    i++;
    if (s.charCodeAt(i) === CLOSE) i++;
    else
      for (;;) {
        if (s.charCodeAt(i) !== QUOTE) return null;
        const start = ++i;
        let h = 0;
        for (;;) {
          if (i >= n) return null;
          const c = s.charCodeAt(i);
          if (c === QUOTE) break;
          // An escape, or a control character (invalid in JSON text): for JSON.parse.
          if (c === BACKSLASH || c < 32) return null;
          h = (Math.imul(h, 31) + c) | 0;
          i++;
        }
        const len = i - start;
        i++;
        // The id's number: open addressing on the hash, compared in place (no string unless new).
        const mask = slots.length - 1;
        let slot = h & mask;
        let id;
        for (;;) {
          id = slots[slot];
          if (id === -1) {
            id = ids.length;
            ids.push(s.slice(start, i - 1));
            if (id === hashes.length) hashes = grown(hashes);
            hashes[id] = h;
            slots[slot] = id;
            if (ids.length * 2 > slots.length) slots = rehashed(hashes, ids.length, slots.length * 2);
            break;
          }
          if (hashes[id] === h && ids[id].length === len) {
            const t = ids[id];
            let k = 0;
            while (k < len && t.charCodeAt(k) === s.charCodeAt(start + k)) k++;
            if (k === len) break;
          }
          slot = (slot + 1) & mask;
        }
        if (nFlat === flat.length) flat = grown(flat);
        flat[nFlat++] = id;
        const c = s.charCodeAt(i++);
        if (c === CLOSE) break;
        if (c !== COMMA) return null;
      }
    if (nRows === ends.length) ends = grown(ends);
    ends[nRows++] = nFlat;
    if (i === n) break;
    if (s.charCodeAt(i++) !== COMMA || i === n) return null;
  }
  return { ids, flat, ends, rows: nRows };
}

/** A copy twice the size. */
function grown(a) {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The slots of ids 0…count-1 in a table of `size` (a power of two). */
function rehashed(hashes, count, size) {
  const slots = new Int32Array(size).fill(-1);
  for (let id = 0; id < count; id++) {
    let slot = hashes[id] & (size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = id;
  }
  return slots;
}

/** How many rows list each numbered id. */
function idCounts(cells) {
  const counts = new Int32Array(cells.ids.length);
  const { flat } = cells;
  const total = cells.rows ? cells.ends[cells.rows - 1] : 0;
  for (let k = 0; k < total; k++) counts[flat[k]]++;
  return counts;
}

/**
 * Up to this many distinct ids pairs are counted in a square array (4 MB), beyond it in a Map (here,
 * and where the server adds the parts' pairs: fromTallies).
 */
export const SQUARE_MAX = 1024;

/**
 * The pairs' counts of numbered rows as the JSON list `[a, b, n, a, b, n, …]` of id numbers, with
 * ids[a] < ids[b] in binary order: numbers, which JSON.parse reads far faster than an object of
 * objects keyed by id (decision 0014).
 */
function pairList(cells) {
  const { ids, flat, ends } = cells;
  const d = ids.length;
  const square = d <= SQUARE_MAX ? new Int32Array(d * d) : null;
  const map = square ? null : new Map();
  let start = 0;
  for (let r = 0; r < cells.rows; r++) {
    const end = ends[r];
    for (let x = start; x < end; x++) {
      const a = flat[x];
      for (let y = x + 1; y < end; y++) {
        const b = flat[y];
        if (a === b) continue;
        const cell = a < b ? a * d + b : b * d + a;
        if (square) square[cell]++;
        else map.set(cell, (map.get(cell) ?? 0) + 1);
      }
    }
    start = end;
  }
  const out = [];
  const add = (p, q, n) => out.push(binaryLess(ids[p], ids[q]) ? `${p},${q},${n}` : `${q},${p},${n}`);
  if (square) {
    for (let p = 0; p < d; p++)
      for (let q = p + 1; q < d; q++) if (square[p * d + q]) add(p, q, square[p * d + q]);
  } else {
    for (const cell of [...map.keys()].sort((x, y) => x - y))
      add(Math.floor(cell / d), cell % d, map.get(cell));
  }
  return `[${out.join(',')}]`;
}

/** The joined cells, numbered: scanned in place when they are plain, else parsed. */
const numbered = (joined) => (typeof joined === 'string' && scanJoined(joined)) || parsedJoined(joined);

/** Each id's count over the joined cells, as the JSON object of ids (in order of first appearance). */
function tallyJoined(joined) {
  const cells = numbered(joined);
  const counts = idCounts(cells);
  return `{${cells.ids.map((id, k) => `${JSON.stringify(id)}:${counts[k]}`).join(',')}}`;
}

/**
 * The ids, their counts and their pairs' counts over the joined cells, from one reading of them:
 * `[[id, …], [count, …], [a, b, n, …]]`, pairs by position in the list of ids.
 */
function tallyWithPairsJoined(joined) {
  const cells = numbered(joined);
  return `[[${cells.ids.map((id) => JSON.stringify(id)).join(',')}],[${idCounts(cells).join(',')}],${pairList(cells)}]`;
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
