import { describe, expect, it } from 'vitest';
import { syntheticRecords, type SyntheticWorld } from './synthetic';

const world: SyntheticWorld = {
  actors: Array.from({ length: 50 }, (_, i) => ({
    id: `A${i}`,
    kind: i < 40 ? 'state' : 'igo',
    nameEn: `Actor ${i}`,
    nameFr: null,
  })),
  topics: [
    { id: 'health', nameEn: 'Health', objectives: [15] },
    { id: 'climate', nameEn: 'Climate', objectives: [2] },
    { id: 'data', nameEn: 'Data', objectives: [1] },
  ],
  places: [{ id: 'geneva', countryId: 'A1', nameEn: 'Geneva', nameFr: 'Genève', nameEs: 'Ginebra' }],
};

describe('synthetic load-test records', () => {
  it('are the same for the same seed and differ for another', () => {
    const a = [...syntheticRecords(world, 200, 7)];
    const b = [...syntheticRecords(world, 200, 7)];
    const c = [...syntheticRecords(world, 200, 8)];
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('are marked synthetic and have realistic skew', () => {
    const rs = [...syntheticRecords(world, 5000, 1)];
    expect(rs.every((r) => r.id.startsWith('synthetic-') && r.title.startsWith('[Synthetic]'))).toBe(true);
    expect(rs.every((r) => r.participants.length >= 1 && r.participants.length <= 6)).toBe(true);
    const perActor = new Map<string, number>();
    for (const r of rs)
      for (const p of r.participants) perActor.set(p.actorId, (perActor.get(p.actorId) ?? 0) + 1);
    const counts = [...perActor.values()].sort((x, y) => y - x);
    // the busiest actor takes part in far more records than the median one
    expect(counts[0]!).toBeGreaterThan(5 * counts[Math.floor(counts.length / 2)]!);
    const recent = rs.filter((r) => r.year >= 2015).length;
    expect(recent / rs.length).toBeGreaterThan(0.7);
    expect(
      rs
        .filter((r) => r.datePrecision === 'year')
        .every((r) => r.month === null && r.dateStart.endsWith('-01-01')),
    ).toBe(true);
  });
});
