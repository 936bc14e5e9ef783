import { geoEqualEarth, geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { compactPath, layoutMap, nearestInDirection } from './layout';
import { WORLD_SHAPES } from './world-shapes';

/** Every point of a path of M/m, L/l and Z/z commands, in absolute coordinates (as a browser reads it). */
function points(d: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, cmd, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    if (cmd === 'Z' || cmd === 'z') {
      [x, y] = [sx, sy];
      continue;
    }
    const nums = [...args!.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
    for (let i = 0; i < nums.length; i += 2) {
      const rel = cmd === 'm' || cmd === 'l';
      [x, y] = rel ? [x + nums[i]!, y + nums[i + 1]!] : [nums[i]!, nums[i + 1]!];
      x = Math.round(x * 10) / 10;
      y = Math.round(y * 10) / 10;
      if (i === 0 && (cmd === 'M' || cmd === 'm')) [sx, sy] = [x, y];
      out.push([x, y]);
    }
  }
  return out;
}

const bounds = (d: string) => {
  const pts = points(d);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
};

describe('compactPath', () => {
  it('writes the same points as d3, relative and shorter, for every country', () => {
    const collection = { type: 'FeatureCollection' as const, features: [...WORLD_SHAPES] };
    const path = geoPath(geoEqualEarth().fitWidth(960, collection)).digits(1);
    let before = 0;
    let after = 0;
    for (const shape of WORLD_SHAPES) {
      const d = path(shape) ?? '';
      const dedupe = (pts: Array<[number, number]>) =>
        pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1]![0] || p[1] !== pts[i - 1]![1]);
      expect(dedupe(points(compactPath(d)))).toEqual(dedupe(points(d)));
      before += d.length;
      after += compactPath(d).length;
    }
    expect(after).toBeLessThan(before * 0.75);
  });

  it('keeps subpaths apart and writes tenths without leading zeros', () => {
    expect(compactPath('M10,10L10.5,10L10.5,9.5ZM20,20L21,20Z')).toBe('M10,10l.5,0,0-.5zm10,10,1,0z');
    expect(points('M10,10l.5,0,0-.5zm10,10,1,0z')).toEqual(points('M10,10L10.5,10L10.5,9.5ZM20,20L21,20Z'));
  });
});

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
