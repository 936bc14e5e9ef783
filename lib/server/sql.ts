// SQL fragments that read the same on SQLite and PostgreSQL: tables and columns are snake_case,
// values are always bound parameters.
import { Prisma } from '../../generated/sqlite/client';

export const sql = Prisma.sql;
export const join = Prisma.join;
export const empty = Prisma.empty;
export type Sql = Prisma.Sql;

/** COUNT(*) is a bigint on PostgreSQL and a number on SQLite. */
export function num(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Number(v);
  return 0;
}
