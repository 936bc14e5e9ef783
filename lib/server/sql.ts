// SQL fragments that read the same on SQLite and PostgreSQL: tables and columns are snake_case,
// values are always bound parameters.
import { Prisma } from '../../generated/sqlite/client';

export const sql = Prisma.sql;
export const join = Prisma.join;
export const empty = Prisma.empty;
export const raw = Prisma.raw;
export type Sql = Prisma.Sql;

/** COUNT(*) is a bigint on PostgreSQL and a number on SQLite. */
export function num(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Number(v);
  // PostgreSQL's SUM of a bigint is numeric, which Prisma returns as a Decimal.
  if (v !== null && typeof v === 'object' && 'toNumber' in v && typeof v.toNumber === 'function')
    return Number(v.toNumber());
  return 0;
}

/**
 * The engine this process talks to. One process serves one database (DATABASE_URL), so the few
 * engine-specific fragments (text search) can be chosen without threading the engine through every call.
 */
export function currentEngine(): 'sqlite' | 'postgres' {
  return /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? '') ? 'postgres' : 'sqlite';
}
