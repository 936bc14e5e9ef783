// Graph + size → positions and marks. The force layout is seeded and run to rest synchronously
// (stop() then tick(n)), so the same graph gives the same picture on the server, in the browser and
// in the layout worker. Pure functions only: the worker imports this file.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  scaleLinear,
  scaleSqrt,
  type Force,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';
import type { ActorKind } from '@/lib/domain/vocab';
import { ACTOR_KIND_COLORS } from '../shared/palette';
import type { NetworkModel } from './model';
import { backbone, BACKBONE_TIES } from './backbone';
import { hashString, mulberry32 } from './random';
import { shapeOf, type Shape } from './shapes';

/** Above this many nodes the layout runs in a Web Worker. */
export const WORKER_THRESHOLD = 150;
/**
 * Above this many ties too, once the page is running (laying out 150 actors joined by 10,000 ties
 * takes a quarter of a second). A graph the server drew is still laid out in place to hydrate.
 */
export const EDGE_WORKER_THRESHOLD = 1500;
/** Above this many nodes the chart draws on a canvas. */
export const CANVAS_THRESHOLD = 300;
export const DEFAULT_WIDTH = 720;
const PAD = 6;
const STRETCH = 1.6;
// A handful of nodes settles in a small cloud; spreading it more than this only makes long lines.
const MAX_SCALE = 3;

/** Taller than wide on phones, wide and shallow on desktops. */
export function networkHeight(width: number): number {
  return Math.round(Math.min(620, Math.max(340, width * 0.62)));
}

export interface PositionInput {
  nodes: ReadonlyArray<{ id: string; records: number }>;
  edges: ReadonlyArray<{ source: string; target: string; weight: number }>;
  /** The ego network's centre: pinned in the middle, its rings around it. */
  focus: string | null;
  /** Steps from the focus, as [id, steps] pairs (structured-cloneable for the worker). */
  hops: ReadonlyArray<readonly [string, number]>;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
  r: number;
}

export type Positions = Map<string, Point>;

export function positionInput(model: NetworkModel, width: number, height: number): PositionInput {
  return {
    nodes: model.nodes.map((n) => ({ id: n.id, records: n.records })),
    edges: model.edges,
    focus: model.focus,
    hops: [...model.hops],
    width,
    height,
  };
}

export function radiusScale(maxRecords: number, count: number, width: number, height: number) {
  // Room per node sets the largest mark: big dots for a dozen actors, small ones for thousands.
  const maxR = Math.min(16, Math.max(4, Math.sqrt((width * height) / Math.max(count, 1)) * 0.28));
  return scaleSqrt()
    .domain([1, Math.max(2, maxRecords)])
    .range([Math.max(2.5, maxR / 3.5), maxR])
    .clamp(true);
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  source: string | SimNode;
  target: string | SimNode;
  weight: number;
}

const idOf = (end: string | number | SimNode) => (typeof end === 'object' ? end.id : String(end));

/** Pulls each node towards its ring around the centre; ellipses, so wide boxes are used. */
function forceRings(hops: Map<string, number>, cx: number, cy: number, rx: number, ry: number) {
  let nodes: SimNode[] = [];
  const maxHop = Math.max(1, ...hops.values());
  const force: Force<SimNode, undefined> = (alpha) => {
    for (const d of nodes) {
      const h = hops.get(d.id);
      if (!h) continue;
      const f = maxHop === 1 ? 0.62 : h === 1 ? 0.42 : 0.9;
      const dx = (d.x! - cx) / rx;
      const dy = (d.y! - cy) / ry;
      const a = Math.atan2(dy, dx);
      d.vx! += (cx + Math.cos(a) * rx * f - d.x!) * 0.5 * alpha;
      d.vy! += (cy + Math.sin(a) * ry * f - d.y!) * 0.5 * alpha;
    }
  };
  force.initialize = (n) => {
    nodes = n;
  };
  return force;
}

const EGO_LINKS = 0.1;

/** Above this many nodes, a cheaper simulation: fewer ties, ticks and a coarser many-body force. */
const HUGE = 1000;

/** Runs the force layout to rest and fits it to the box. Deterministic for a given input. */
export function computePositions(input: PositionInput): Positions {
  const { width: W, height: H } = input;
  const cx = W / 2;
  const cy = H / 2;
  // Sorted ids: the result does not depend on the order the nodes arrive in.
  const ids = input.nodes.map((n) => n.id).sort();
  const records = new Map(input.nodes.map((n) => [n.id, n.records]));
  const maxRecords = input.nodes.reduce((m, n) => Math.max(m, n.records), 1);
  const radius = radiusScale(maxRecords, ids.length, W, H);
  const random = mulberry32(hashString(ids.join('\n')));
  const nodes: SimNode[] = ids.map((id) => ({
    id,
    r: radius(records.get(id) ?? 1),
    x: cx + (random() - 0.5) * W * 0.6,
    y: cy + (random() - 0.5) * H * 0.6,
  }));
  const known = new Set(ids);
  const links: SimLink[] = backbone(
    input.edges.filter((e) => known.has(e.source) && known.has(e.target)),
    ids.length > HUGE ? 5 : BACKBONE_TIES,
  ).map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const count = new Map<string, number>();
  for (const l of links)
    for (const end of [idOf(l.source), idOf(l.target)]) count.set(end, (count.get(end) ?? 0) + 1);
  const maxWeight = links.reduce((m, l) => Math.max(m, l.weight), 1);
  const spacing = Math.sqrt((W * H) / Math.max(ids.length, 1));
  const large = ids.length > CANVAS_THRESHOLD;
  // In an ego view the partners of a small group all know each other; at full strength their ties
  // pull them into one clump on one side of the focus instead of around it.
  const ego = input.focus !== null && known.has(input.focus);
  // d3 defaults to 300 ticks; bigger graphs settle well enough in fewer (and cost more per tick).
  const ticks = ids.length > HUGE ? 100 : large ? 200 : ids.length > 100 ? 240 : 300;
  const sim = forceSimulation<SimNode>(nodes)
    .stop()
    .randomSource(random)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .id((d) => d.id)
        // Heavier ties are shorter and stiffer; d3's default strength (1 / smaller degree) keeps
        // hubs from collapsing onto their many partners.
        .distance((l) => spacing * 0.5 * (1.25 - 0.5 * (l.weight / maxWeight)))
        .strength(
          (l) =>
            ((0.35 + 0.65 * (l.weight / maxWeight)) * (ego ? EGO_LINKS : 1)) /
            Math.min(count.get(idOf(l.source)) ?? 1, count.get(idOf(l.target)) ?? 1),
        ),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength(-Math.max(8, spacing * 0.9))
        .theta(ids.length > HUGE ? 1.2 : 0.9)
        .distanceMax(spacing * 6),
    )
    // Slightly stronger pull on the short axis, so the cloud takes the box's shape.
    .force('x', forceX<SimNode>(cx).strength(0.05 * Math.min(1.5, Math.max(1, H / W))))
    .force('y', forceY<SimNode>(cy).strength(0.05 * Math.min(2, Math.max(1, W / H))));
  const centre = input.focus ? nodes.find((n) => n.id === input.focus) : undefined;
  if (centre) {
    centre.fx = cx;
    centre.fy = cy;
    // The rings replace the pull to the middle, which would gather the partners on one side.
    sim.force('rings', forceRings(new Map(input.hops), cx, cy, W / 2 - PAD, H / 2 - PAD));
    sim.force('x', null).force('y', null);
  }
  const collide = forceCollide<SimNode>((d) => d.r + 2).iterations(large ? 1 : 2);
  // Large graphs settle their shape first and only then push overlapping marks apart: collision is
  // the costliest force and only matters at rest.
  if (large) {
    sim.tick(Math.round(ticks * 0.6));
    sim.force('collide', collide).tick(ticks - Math.round(ticks * 0.6));
  } else sim.force('collide', collide).tick(ticks);
  return fitToBox(nodes, W, H, centre ? { x: cx, y: cy } : undefined);
}

/**
 * Scales and centres the resting layout into the box (at most ×3 per axis), then clamps every mark
 * inside.
 * With a centre (the focus of an ego view), that point stays in the middle of the box.
 */
export function fitToBox(
  nodes: ReadonlyArray<SimNode>,
  W: number,
  H: number,
  centre?: { x: number; y: number },
): Positions {
  const out: Positions = new Map();
  if (!nodes.length) return out;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x! - n.r);
    y0 = Math.min(y0, n.y! - n.r);
    x1 = Math.max(x1, n.x! + n.r);
    y1 = Math.max(y1, n.y! + n.r);
  }
  const mx = centre ? centre.x : (x0 + x1) / 2;
  const my = centre ? centre.y : (y0 + y1) / 2;
  const halfW = Math.max(mx - x0, x1 - mx, 0.5);
  const halfH = Math.max(my - y0, y1 - my, 0.5);
  // Each axis may stretch up to STRETCH times the other: a round cloud then fills a wide box.
  // Stretching only moves marks apart, so it adds no overlap.
  const fx = (W / 2 - PAD) / halfW;
  const fy = (H / 2 - PAD) / halfH;
  const k = Math.min(fx, fy, MAX_SCALE);
  const kx = Math.min(fx, k * STRETCH, MAX_SCALE);
  const ky = Math.min(fy, k * STRETCH, MAX_SCALE);
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  for (const n of nodes)
    out.set(n.id, {
      x: clamp(W / 2 + (n.x! - mx) * kx, PAD + n.r, W - PAD - n.r),
      y: clamp(H / 2 + (n.y! - my) * ky, PAD + n.r, H - PAD - n.r),
      r: n.r,
    });
  return out;
}

export interface NodeMark extends Point {
  id: string;
  kind: ActorKind;
  shape: Shape;
  color: string;
}

export interface EdgeMark {
  source: string;
  target: string;
  weight: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  opacity: number;
}

export interface NetworkMarks {
  width: number;
  height: number;
  nodes: NodeMark[];
  /** Weakest first, so strong ties are drawn on top. */
  edges: EdgeMark[];
}

/** Marks for a graph at given positions: shape and colour by kind, line width and opacity by weight. */
export function layoutMarks(
  model: NetworkModel,
  positions: Positions,
  width: number,
  height: number,
): NetworkMarks {
  const nodes: NodeMark[] = [];
  for (const n of model.nodes) {
    const p = positions.get(n.id);
    if (p)
      nodes.push({ id: n.id, kind: n.kind, shape: shapeOf(n.kind), color: ACTOR_KIND_COLORS[n.kind], ...p });
  }
  // Thousands of ties must not turn into a solid blot: thinner and fainter.
  const dense = model.edges.length > 1500;
  const w = scaleSqrt()
    .domain([1, Math.max(2, model.maxWeight)])
    .range(dense ? [0.5, 2] : [0.75, 4])
    .clamp(true);
  const dim = dense ? 0.45 : 1;
  const o = scaleLinear()
    .domain([1, Math.max(2, model.maxWeight)])
    .range([0.22 * dim, 0.65 * dim])
    .clamp(true);
  const edges: EdgeMark[] = [];
  for (let i = model.edges.length - 1; i >= 0; i--) {
    const e = model.edges[i]!;
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    if (a && b)
      edges.push({ ...e, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: w(e.weight), opacity: o(e.weight) });
  }
  return { width, height, nodes, edges };
}
