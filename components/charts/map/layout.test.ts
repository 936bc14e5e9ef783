import { describe, expect, it } from 'vitest';
import { layoutMap, nearestInDirection } from './layout';
import { WORLD_SHAPES } from './world-shapes';

const bounds = (d: string) => {
  const nums = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const xs = nums.filter((_, i) => i % 2 === 0);
  const ys = nums.filter((_, i) => i % 2 === 1);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
};

describe('world shapes', () => {
  it('has the 1:110m countries without Antarctica, three of them without an ISO code', () => {
    expect(WORLD_SHAPES).toHaveLength(176);
    expect(WORLD_SHAPES.some((s) => s.id === '010')).toBe(false);
    expect(
      WORLD_SHAPES.filter((s) => s.id === undefined)
        .map((s) => s.properties.name)
        .sort(),
    ).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
  });
});

describe('layoutMap', () => {
  for (const width of [360, 1440]) {
    it(`fits the land to a width of ${width} px, about half as high`, () => {
      const layout = layoutMap(WORLD_SHAPES, width);
      const all = layout.shapes.map((s) => bounds(s.d));
      expect(Math.min(...all.map((b) => b.x0))).toBeCloseTo(0, 0);
      expect(Math.max(...all.map((b) => b.x1))).toBeCloseTo(width, 0);
      expect(Math.min(...all.map((b) => b.y0))).toBeCloseTo(0, 0);
      expect(Math.max(...all.map((b) => b.y1))).toBeLessThanOrEqual(layout.height);
      expect(layout.height / width).toBeGreaterThan(0.4);
      expect(layout.height / width).toBeLessThan(0.55);
    });
  }

  it('draws every shape, keyed by ISO numeric code or, without one, by name', () => {
    const layout = layoutMap(WORLD_SHAPES, 960);
    expect(layout.shapes).toHaveLength(WORLD_SHAPES.length);
    expect(layout.shapes.every((s) => s.d.startsWith('M'))).toBe(true);
    expect(layout.shapes.find((s) => s.key === 'name:Kosovo')).toBeDefined();
  });

  it('places Viet Nam in South-East Asia, east of France and south of China', () => {
    const layout = layoutMap(WORLD_SHAPES, 960);
    const at = (key: string) => layout.shapes.find((s) => s.key === key)!;
    const vnm = at('704');
    const b = bounds(vnm.d);
    expect(b.x0).toBeGreaterThan(960 * 0.7);
    expect(b.x1).toBeLessThan(960 * 0.85);
    expect(vnm.anchor[0]).toBeGreaterThan(at('250').anchor[0]);
    expect(vnm.anchor[1]).toBeGreaterThan(at('156').anchor[1]);
  });

  it("anchors a state in its largest part: France's in Europe, not between it and French Guiana", () => {
    const layout = layoutMap(WORLD_SHAPES, 960);
    const fra = layout.shapes.find((s) => s.key === '250')!;
    const deu = layout.shapes.find((s) => s.key === '276')!;
    expect(Math.hypot(fra.anchor[0] - deu.anchor[0], fra.anchor[1] - deu.anchor[1])).toBeLessThan(30);
  });
});

describe('nearestInDirection', () => {
  const c = (key: string, x: number, y: number) => ({ key, anchor: [x, y] as [number, number] });
  const points = [c('east', 10, 1), c('farEast', 30, 0), c('north', 1, -10), c('southEastSteep', 3, 20)];

  it('moves to the nearest point within 45° of the arrow', () => {
    expect(nearestInDirection([0, 0], points, 'right')).toBe('east');
    expect(nearestInDirection([0, 0], points, 'up')).toBe('north');
    expect(nearestInDirection([0, 0], points, 'down')).toBe('southEastSteep');
  });

  it('falls back to the least off-course point, and to nothing at the edge', () => {
    expect(nearestInDirection([0, 0], [c('steep', 1, 12), c('closerToCourse', 8, 9)], 'right')).toBe(
      'closerToCourse',
    );
    expect(nearestInDirection([0, 0], points, 'left')).toBeNull();
  });
});
