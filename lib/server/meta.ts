import 'server-only';
import { readDb } from './db';

/** The day the shipped data was last loaded (shown as the data date). */
export async function dataLoadedOn(): Promise<string | null> {
  const row = await (await readDb()).dataMeta.findUnique({ where: { key: 'data.loadedOn' } });
  return row?.value ?? null;
}
