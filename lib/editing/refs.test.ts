import { describe, expect, it } from 'vitest';
import type { DbTx } from '../db/client';
import { loadRefIndex } from './refs';

describe('loadRefIndex', () => {
  it('asks one query at a time, as a transaction’s single connection requires', async () => {
    let inFlight = 0;
    let most = 0;
    const table = (rows: unknown[]) => ({
      findMany: async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return rows;
      },
    });
    const db = {
      actor: table([{ id: 'VNM', kind: 'state', nameEn: 'Viet Nam', acronym: null }]),
      actorAlias: table([
        { actorId: 'VNM', alias: 'Vietnam' },
        { actorId: 'VNM', alias: 'Việt Nam' },
      ]),
      place: table([{ id: 'geneva', countryId: 'CHE', nameEn: 'Geneva' }]),
      topic: table([{ id: 'labour-migration' }]),
    } as unknown as DbTx;

    const refs = await loadRefIndex(db);
    expect(most).toBe(1);
    expect(refs.actors.get('VNM')?.nameEn).toBe('Viet Nam');
    expect(refs.aliases.get('VNM')).toEqual(['Vietnam', 'Việt Nam']);
    expect(refs.places.get('geneva')?.countryId).toBe('CHE');
    expect(refs.topics.has('labour-migration')).toBe(true);
  });
});
