// The filter options carry what the world map needs to join states to boundaries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../../test/db';
import { filterOptions } from './options';

let h: ReturnType<typeof testDb>;
beforeAll(() => {
  h = testDb();
});
afterAll(() => h.cleanup());

describe('filter options', () => {
  it('gives every country its ISO numeric code, in the page language', async () => {
    const fr = await filterOptions(h.db, 'fr');
    expect(fr.countries.find((c) => c.id === 'VNM')).toMatchObject({ name: 'Viet Nam', isoNumeric: '704' });
    expect(fr.countries.find((c) => c.id === 'DEU')).toMatchObject({ name: 'Allemagne', isoNumeric: '276' });
    // Codes are unique, so the map can join boundaries to states without a code table.
    const codes = fr.countries.map((c) => c.isoNumeric).filter((c) => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^\d{3}$/.test(c))).toBe(true);
  });
});
