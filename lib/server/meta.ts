import 'server-only';
import { getDb } from './db';

/** The day the shipped data was last loaded (shown as the data date). */
export async function dataLoadedOn(): Promise<string | null> {
  const row = await getDb().db.dataMeta.findUnique({ where: { key: 'data.loadedOn' } });
  return row?.value ?? null;
}
