// Reading many (s, t, w) rows: the ties of a network, or its nodes and ties together (t NULL for a
// node). Each row costs more on its way from a SQLite read worker through Prisma than in SQLite, so on
// SQLite the statement packs them into one JSON array, one row of one cell (the unfiltered network's
// 11,175 ties: 16–24 → 9–10 ms in-process; decision 0014). PostgreSQL returns the rows (packing them
// in JSON saved nothing there).
import type { DbTx } from '../../db/client';
import { currentEngine, sql, type Sql } from '../sql';

/** A tie (s, t, w), or with t NULL a node and its count; the caller's statement says which. */
export type TieRow = { s: string | null; t: string | null; w: unknown };

/** The rows (s, t, w) of `ties`, a statement that selects those three columns. */
export async function readTies<R extends TieRow = TieRow>(db: DbTx, ties: Sql): Promise<R[]> {
  if (currentEngine() !== 'sqlite') return db.$queryRaw<R[]>(ties);
  const [row] = await db.$queryRaw<Array<{ ties: string }>>(
    sql`SELECT json_group_array(json_array(e.s, e.t, e.w)) AS ties FROM (${ties}) e`,
  );
  const packed = JSON.parse(row!.ties) as Array<[string | null, string | null, number]>;
  return packed.map(([s, t, w]) => ({ s, t, w }) as R);
}
