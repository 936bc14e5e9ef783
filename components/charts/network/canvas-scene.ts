// Drawing a large network on a canvas without blocking the main thread.
//
// The scene (every tie and every mark, at rest) is drawn into a layer of its own, a few thousand ties
// per task, so no task runs long even without a GPU. Each frame then composes: the layer, moved and
// scaled from the transform it was drawn at to the current one; when an actor is hovered or focused,
// a wash that dims the rest, its ties and partners drawn again on top; rings and labels last. Panning
// and zooming cost a copy of the layer per frame; the scene is redrawn sharp once the gesture pauses.
import type { ZoomTransform } from 'd3';
import type { NetworkMarks } from './layout';
import { LABEL_FONT_SIZE, type PlacedLabel } from './labels';
import type { NodeState } from './marks';
import { shapePath } from './shapes';

/** Ties per path, and per task when the scene is drawn. */
const TIES_PER_CHUNK = 1200;
const WASH = 'rgba(255,255,255,0.72)';
const TIE = '#5a6877';
const TIE_STRONG = '#16212e';

export interface TieChunk {
  alpha: number;
  width: number;
  path: Path2D;
}

/** The ties grouped by style (one stroke per style), split into chunks of a bounded size. */
export function tieChunks(marks: NetworkMarks): TieChunk[] {
  const groups = new Map<
    string,
    { alpha: number; width: number; chunks: Array<{ path: Path2D; n: number }> }
  >();
  for (const e of marks.edges) {
    const alpha = Math.round(e.opacity * 20) / 20;
    const width = Math.round(e.width * 4) / 4;
    const key = `${alpha}:${width}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { alpha, width, chunks: [] }));
    let c = g.chunks[g.chunks.length - 1];
    if (!c || c.n >= TIES_PER_CHUNK) g.chunks.push((c = { path: new Path2D(), n: 0 }));
    c.path.moveTo(e.x1, e.y1);
    c.path.lineTo(e.x2, e.y2);
    c.n++;
  }
  return [...groups.keys()]
    .sort()
    .flatMap((k) =>
      groups
        .get(k)!
        .chunks.map((c) => ({ alpha: groups.get(k)!.alpha, width: groups.get(k)!.width, path: c.path })),
    );
}

export interface NodeShapes {
  get(id: string): { node: NetworkMarks['nodes'][number]; path: Path2D } | undefined;
}

/** Each mark's shape as a path around the origin (shared by marks of one shape and size). */
export function nodeShapes(marks: NetworkMarks): NodeShapes {
  const cache = new Map<string, Path2D>();
  const byId = new Map<string, { node: NetworkMarks['nodes'][number]; path: Path2D }>();
  for (const n of marks.nodes) {
    const key = `${n.shape}:${n.r}`;
    let path = cache.get(key);
    if (!path) cache.set(key, (path = new Path2D(shapePath(n.shape, 0, 0, n.r))));
    byId.set(n.id, { node: n, path });
  }
  return byId;
}

export interface ScenePoint {
  id: string;
  sx: number;
  sy: number;
  r: number;
}

export interface Scene {
  layer: HTMLCanvasElement;
  /** The transform the layer was drawn at. */
  at: ZoomTransform;
  /** What it was drawn from: a different graph or size needs a new scene. */
  source: readonly unknown[];
}

function drawMark(
  g: CanvasRenderingContext2D,
  dpr: number,
  s: ScenePoint,
  shape: { node: NetworkMarks['nodes'][number]; path: Path2D },
) {
  g.setTransform(dpr, 0, 0, dpr, s.sx * dpr, s.sy * dpr);
  g.fillStyle = shape.node.color;
  g.fill(shape.path);
  g.strokeStyle = '#fff';
  g.lineWidth = 1;
  g.stroke(shape.path);
}

const visible = (s: ScenePoint, w: number, h: number) =>
  s.sx >= -s.r && s.sy >= -s.r && s.sx <= w + s.r && s.sy <= h + s.r;

/**
 * Draws the scene at `at` into a new layer, one chunk of ties per task, the marks in the last one.
 * Returns a cancel function; `done` receives the finished scene.
 */
export function drawScene(opts: {
  marks: NetworkMarks;
  ties: readonly TieChunk[];
  shapes: NodeShapes;
  screen: readonly ScenePoint[];
  at: ZoomTransform;
  dpr: number;
  source: readonly unknown[];
  done: (scene: Scene) => void;
}): () => void {
  const { marks, ties, shapes, screen, at, dpr } = opts;
  const layer = document.createElement('canvas');
  layer.width = Math.round(marks.width * dpr);
  layer.height = Math.round(marks.height * dpr);
  const g = layer.getContext('2d');
  if (!g) return () => {};
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const step = () => {
    timer = null;
    if (next < ties.length) {
      const c = ties[next++]!;
      g.setTransform(dpr * at.k, 0, 0, dpr * at.k, dpr * at.x, dpr * at.y);
      g.lineCap = 'round';
      g.globalAlpha = c.alpha;
      g.strokeStyle = TIE;
      // Widths divided by the scale stay constant on screen.
      g.lineWidth = c.width / at.k;
      g.stroke(c.path);
      g.globalAlpha = 1;
      // Rasterise now, in this task, rather than all chunks at once when the layer is first shown.
      g.getImageData(0, 0, 1, 1);
      timer = setTimeout(step, 0);
      return;
    }
    for (const s of screen) {
      const shape = shapes.get(s.id);
      if (shape && visible(s, marks.width, marks.height)) drawMark(g, dpr, s, shape);
    }
    opts.done({ layer, at, source: opts.source });
  };
  step();
  return () => {
    if (timer) clearTimeout(timer);
  };
}

/** One frame: the scene under the current transform, the highlight, rings and labels. */
export function compose(
  ctx: CanvasRenderingContext2D,
  opts: {
    scene: Scene | null;
    marks: NetworkMarks;
    shapes: NodeShapes;
    screen: readonly ScenePoint[];
    transform: ZoomTransform;
    dpr: number;
    lit: string | null;
    stateOf: (id: string) => NodeState;
    focus: string | null;
    active: string | null;
    showActive: boolean;
    labels: readonly PlacedLabel[];
  },
) {
  const { scene, marks, shapes, screen, transform: t, dpr, lit, stateOf } = opts;
  const W = marks.width;
  const H = marks.height;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  if (scene) {
    const k = t.k / scene.at.k;
    ctx.setTransform(k, 0, 0, k, (t.x - scene.at.x * k) * dpr, (t.y - scene.at.y * k) * dpr);
    ctx.drawImage(scene.layer, 0, 0);
  }
  if (lit) {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = WASH;
    ctx.fillRect(0, 0, W, H);
    ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
    ctx.lineCap = 'round';
    ctx.globalAlpha = 0.85;
    ctx.strokeStyle = TIE_STRONG;
    ctx.lineWidth = 1.25 / t.k;
    const own = new Path2D();
    for (const e of marks.edges) {
      if (e.source !== lit && e.target !== lit) continue;
      own.moveTo(e.x1, e.y1);
      own.lineTo(e.x2, e.y2);
    }
    ctx.stroke(own);
    ctx.globalAlpha = 1;
    for (const s of screen) {
      if (stateOf(s.id) === 'dim' || !visible(s, W, H)) continue;
      const shape = shapes.get(s.id);
      if (shape) drawMark(ctx, dpr, s, shape);
    }
  }
  for (const s of screen) {
    const ring = s.id === opts.focus ? 'focus' : opts.showActive && s.id === opts.active ? 'active' : null;
    const shape = ring ? shapes.get(s.id) : undefined;
    if (!ring || !shape) continue;
    ctx.setTransform(dpr, 0, 0, dpr, s.sx * dpr, s.sy * dpr);
    ctx.strokeStyle = ring === 'focus' ? TIE_STRONG : '#c2410c';
    ctx.lineWidth = ring === 'focus' ? 2 : 3;
    ctx.stroke(new Path2D(shapePath(shape.node.shape, 0, 0, shape.node.r + (ring === 'focus' ? 4 : 6))));
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = `${LABEL_FONT_SIZE}px Inter Variable, Noto Sans Arabic Variable, system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const l of opts.labels) {
    ctx.textAlign = l.anchor === 'middle' ? 'center' : l.anchor === 'end' ? 'right' : 'left';
    ctx.globalAlpha = stateOf(l.id) === 'dim' ? 0.4 : 1;
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 3;
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillStyle = TIE_STRONG;
    ctx.fillText(l.text, l.x, l.y);
  }
  ctx.globalAlpha = 1;
}
