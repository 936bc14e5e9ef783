// Types of sqlite-functions.mjs (plain JavaScript, loaded by the read workers outside the bundle).
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';

/** Code point order (SQLite's BINARY collation on UTF-8 text). */
export function binaryLess(a: string, b: string): boolean;
/** Registers `tally_joined` and `tally_with_pairs_joined` on the connection of a Prisma better-sqlite3 driver adapter. */
export function registerSqliteFunctions(adapter: SqlDriverAdapter): void;
