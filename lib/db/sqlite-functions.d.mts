// Types of sqlite-functions.mjs (plain JavaScript, loaded by the read workers outside the bundle).
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';

/** Code point order (SQLite's BINARY collation on UTF-8 text). */
export function binaryLess(a: string, b: string): boolean;
/** The joined cells numbered without JSON.parse, or null where only JSON.parse reads them exactly. */
export function scanJoined(
  joined: string,
): { ids: string[]; flat: Int32Array; ends: Int32Array; rows: number } | null;
/** Up to this many distinct ids pairs are counted in a square array, beyond it in a Map. */
export const SQUARE_MAX: number;
/** Registers `tally_joined` and `tally_with_pairs_joined` on the connection of a Prisma better-sqlite3 driver adapter. */
export function registerSqliteFunctions(adapter: SqlDriverAdapter): void;
