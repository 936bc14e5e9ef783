import { describe, expect, it } from 'vitest';
import { DEFAULT_WIDTH, layoutMap } from './layout';
import { WORLD_LAYOUT, WORLD_REFS } from './world-layout';
import { WORLD_SHAPES } from './world-shapes';

describe('the precomputed world layout', () => {
  it('is what projecting the shipped boundaries gives (run scripts/world-layout.ts if not)', () => {
    expect(WORLD_LAYOUT).toEqual(layoutMap(WORLD_SHAPES, DEFAULT_WIDTH));
    expect(WORLD_REFS).toEqual(WORLD_SHAPES.map((s) => ({ id: s.id, name: s.properties.name })));
  });

  it('has a path for every country outside Antarctica, Viet Nam among them', () => {
    expect(WORLD_LAYOUT.shapes.length).toBe(176);
    const vnm = WORLD_LAYOUT.shapes[WORLD_REFS.findIndex((r) => r.id === '704')];
    expect(vnm?.d).toMatch(/^M[\d.]+,[\d.]+/);
    expect(vnm!.anchor[0]).toBeGreaterThan(WORLD_LAYOUT.width / 2);
  });
});
