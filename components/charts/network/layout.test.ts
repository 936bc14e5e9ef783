import { describe, expect, it } from 'vitest';
import { SAMPLE } from './fixture';
import { overlaps, placeLabels, textWidth } from './labels';
import { backbone } from './backbone';
import { computePositions, layoutMarks, networkHeight, positionInput, type PositionInput } from './layout';
import { mulberry32 } from './random';
import { buildModel } from './model';
import { nearestInDirection } from './navigation';

/** A random graph of n nodes and m edges, the same every time. */
function synthetic(n: number, m: number, seed = 7): PositionInput {
  const rand = mulberry32(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, records: 1 + Math.floor(rand() * 30) }));
  const seen = new Set<string>();
  const edges = [];
  while (edges.length < m) {
    const a = Math.floor(rand() * n);
    const b = Math.floor(rand() * n);
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push({ source: `n${a}`, target: `n${b}`, weight: 1 + Math.floor(rand() * 5) });
  }
  return { nodes, edges, focus: null, hops: [], width: 720, height: networkHeight(720) };
}

describe('computePositions', () => {
  it('gives identical coordinates for the same graph, whatever order it arrives in', () => {
    const input = synthetic(80, 200);
    const a = computePositions(input);
    const b = computePositions({
      ...input,
      nodes: [...input.nodes].reverse(),
      edges: [...input.edges].reverse(),
    });
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
    // A different graph gives a different picture (the seed follows the node ids).
    const c = computePositions({ ...input, nodes: input.nodes.slice(1) });
    expect(c.get('n5')).not.toEqual(a.get('n5'));
  });

  it('keeps every mark inside the box', () => {
    for (const width of [360, 1440]) {
      const input = { ...synthetic(120, 400), width, height: networkHeight(width) };
      for (const p of computePositions(input).values()) {
        expect(p.x - p.r).toBeGreaterThanOrEqual(0);
        expect(p.y - p.r).toBeGreaterThanOrEqual(0);
        expect(p.x + p.r).toBeLessThanOrEqual(input.width);
        expect(p.y + p.r).toBeLessThanOrEqual(input.height);
      }
    }
  });

  it('puts the focus of an ego network in the middle, partners nearer than partners of partners', () => {
    const model = buildModel(SAMPLE, 'VNM');
    const input = positionInput(model, 720, networkHeight(720));
    const p = computePositions(input);
    const centre = p.get('VNM')!;
    const dist = (id: string) => Math.hypot(p.get(id)!.x - centre.x, p.get(id)!.y - centre.y);
    expect(Math.abs(centre.x - 360)).toBeLessThan(60);
    const direct = ['iom', 'asean', 'apec', 'THA', 'un'].map(dist);
    const further = ['PHL', 'colombo-process'].map(dist);
    expect(Math.max(...direct)).toBeLessThan(Math.min(...further));
  });

  it('draws bigger marks for actors with more records', () => {
    const model = buildModel(SAMPLE, null);
    const p = computePositions(positionInput(model, 720, 446));
    expect(p.get('VNM')!.r).toBeGreaterThan(p.get('PHL')!.r);
  });
});

describe('backbone', () => {
  it("keeps each node's strongest ties and drops the rest of a hairball", () => {
    const ids = Array.from({ length: 30 }, (_, i) => `s${i}`);
    const edges = ids.flatMap((a, i) =>
      ids.slice(i + 1).map((b) => ({ source: a, target: b, weight: a === 's0' && b === 's1' ? 9 : 1 })),
    );
    const kept = backbone(edges, 4);
    expect(kept.length).toBeLessThan(edges.length / 3);
    expect(kept.some((e) => e.source === 's0' && e.target === 's1')).toBe(true);
    // Every node keeps at least one tie.
    for (const id of ids)
      expect(
        kept.some((e) => e.source === id || e.target === id),
        id,
      ).toBe(true);
  });
});

describe('layoutMarks', () => {
  it('draws stronger ties wider, weakest first so the strongest are on top', () => {
    const model = buildModel(SAMPLE, null);
    const m = layoutMarks(model, computePositions(positionInput(model, 720, 446)), 720, 446);
    const vnmIom = m.edges.find((e) => e.source === 'VNM' && e.target === 'iom')!;
    const phl = m.edges.find((e) => e.source === 'PHL')!;
    expect(vnmIom.width).toBeGreaterThan(phl.width);
    expect(m.edges.at(-1)!.weight).toBe(3);
    expect(m.nodes.find((n) => n.id === 'iom')).toMatchObject({ shape: 'square', color: '#D55E00' });
    expect(m.nodes.find((n) => n.id === 'VNM')).toMatchObject({ shape: 'circle' });
  });
});

describe('placeLabels', () => {
  it('never lets two labels, or a label and a foreign mark, overlap', () => {
    const input = synthetic(150, 300, 11);
    const p = computePositions(input);
    const marks = [...p].map(([id, q]) => ({ id, ...q }));
    const placed = placeLabels(
      marks.map((m) => ({ ...m, text: `Actor ${m.id} name`, priority: m.r })),
      marks,
      input.width,
      input.height,
    );
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.length).toBeLessThan(marks.length);
    for (let i = 0; i < placed.length; i++) {
      const a = placed[i]!;
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(input.width);
      for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
      for (const m of marks)
        if (m.id !== a.id)
          expect(overlaps(a.box, { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r })).toBe(false);
    }
  });

  it('labels the most important actors even inside a crowd of marks, still without label overlaps', () => {
    const marks = Array.from({ length: 100 }, (_, i) => ({
      id: `m${i}`,
      x: 40 + (i % 10) * 12,
      y: 40 + Math.floor(i / 10) * 12,
      r: 4,
    }));
    const cands = marks.map((m, i) => ({ ...m, text: `Label ${i}`, priority: i === 55 ? 100 : 1 }));
    const strict = placeLabels(cands, marks, 400, 400);
    expect(strict.some((l) => l.id === 'm55')).toBe(false);
    const placed = placeLabels(cands, marks, 400, 400, 1);
    expect(placed[0]!.id).toBe('m55');
    for (let i = 0; i < placed.length; i++)
      for (const b of placed.slice(i + 1)) expect(overlaps(placed[i]!.box, b.box)).toBe(false);
  });

  it('labels the most important actor first when two compete for the same spot', () => {
    const marks = [
      { id: 'small', x: 100, y: 100, r: 3 },
      { id: 'big', x: 100, y: 112, r: 3 },
    ];
    const placed = placeLabels(
      marks.map((m) => ({ ...m, text: 'A long label here', priority: m.id === 'big' ? 10 : 1 })),
      marks,
      130,
      200,
    );
    expect(placed[0]!.id).toBe('big');
  });

  it('measures capitals wider than lower case', () => {
    expect(textWidth('ASEAN')).toBeGreaterThan(textWidth('asean'));
  });
});

describe('nearestInDirection', () => {
  const pts = [
    { id: 'c', x: 100, y: 100 },
    { id: 'right', x: 200, y: 105 },
    { id: 'upRight', x: 120, y: 20 },
    { id: 'left', x: 10, y: 100 },
    { id: 'down', x: 100, y: 180 },
  ];
  it('moves to the mark straight in the pressed direction, not a closer one off to the side', () => {
    expect(nearestInDirection(pts, 'c', 'right')).toBe('right');
    expect(nearestInDirection(pts, 'c', 'left')).toBe('left');
    expect(nearestInDirection(pts, 'c', 'up')).toBe('upRight');
    expect(nearestInDirection(pts, 'c', 'down')).toBe('down');
  });
  it('stays put at the edge', () => {
    expect(nearestInDirection(pts, 'right', 'right')).toBeNull();
  });
});
