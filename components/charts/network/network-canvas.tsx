'use client';
// The network drawn on a <canvas> for large graphs (hundreds of focusable SVG groups and thousands
// of lines would make every hover slow). Sharp on high-density screens (devicePixelRatio), with
// hit-testing for hover and click; the keyboard works on the canvas itself and a live region says
// which actor is selected.
import type { ZoomTransform } from 'd3';
import { useEffect, useRef, type KeyboardEventHandler } from 'react';
import type { NetworkMarks } from './layout';
import { LABEL_FONT_SIZE, type PlacedLabel } from './labels';
import type { NodeState } from './marks';
import { shapePath } from './shapes';

export interface ScreenNode {
  id: string;
  sx: number;
  sy: number;
  r: number;
}

export interface NetworkCanvasProps {
  marks: NetworkMarks;
  screen: readonly ScreenNode[];
  transform: ZoomTransform;
  stateOf: (id: string) => NodeState;
  lit: string | null;
  focus: string | null;
  /** The keyboard-selected actor, ringed while the canvas has focus. */
  active: string | null;
  labels: readonly PlacedLabel[];
  ariaLabel: string;
  canvasRef: (el: HTMLCanvasElement | null) => void;
  onHover: (id: string | null, at?: { x: number; y: number }) => void;
  onSelect: (id: string) => void;
  onKeyDown: KeyboardEventHandler<HTMLCanvasElement>;
  onFocus: () => void;
  onBlur: () => void;
  showActive: boolean;
}

export function NetworkCanvas(props: NetworkCanvasProps) {
  const { marks, screen, transform, stateOf, lit, focus, active, labels, showActive } = props;
  const el = useRef<HTMLCanvasElement | null>(null);

  useEffect(() => {
    const canvas = el.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(marks.width * dpr);
    canvas.height = Math.round(marks.height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, marks.width, marks.height);
    // Edges in layout coordinates under the zoom; widths divided by the scale stay constant.
    ctx.save();
    ctx.translate(transform.x, transform.y);
    ctx.scale(transform.k, transform.k);
    ctx.lineCap = 'round';
    // One stroke per style: 20,000 separate strokes would take a frame or two.
    const batches = new Map<string, { alpha: number; strong: boolean; width: number; lines: number[] }>();
    for (const e of marks.edges) {
      const strong = lit !== null && (e.source === lit || e.target === lit);
      const alpha = strong ? 0.85 : lit ? Math.min(e.opacity, 0.12) : Math.round(e.opacity * 20) / 20;
      const width = Math.round(e.width * 4) / 4;
      const key = `${strong ? 1 : 0}:${alpha}:${width}`;
      let b = batches.get(key);
      if (!b) batches.set(key, (b = { alpha, strong, width, lines: [] }));
      b.lines.push(e.x1, e.y1, e.x2, e.y2);
    }
    for (const key of [...batches.keys()].sort()) {
      const b = batches.get(key)!;
      ctx.globalAlpha = b.alpha;
      ctx.strokeStyle = b.strong ? '#16212e' : '#5a6877';
      ctx.lineWidth = b.width / transform.k;
      ctx.beginPath();
      for (let i = 0; i < b.lines.length; i += 4) {
        ctx.moveTo(b.lines[i]!, b.lines[i + 1]!);
        ctx.lineTo(b.lines[i + 2]!, b.lines[i + 3]!);
      }
      ctx.stroke();
    }
    ctx.restore();
    const byId = new Map(marks.nodes.map((n) => [n.id, n]));
    for (const s of screen) {
      const n = byId.get(s.id)!;
      ctx.globalAlpha = stateOf(n.id) === 'dim' ? 0.25 : 1;
      const p = new Path2D(shapePath(n.shape, s.sx, s.sy, n.r));
      ctx.fillStyle = n.color;
      ctx.fill(p);
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 1;
      ctx.stroke(p);
      ctx.globalAlpha = 1;
      if (n.id === focus || (showActive && n.id === active)) {
        ctx.strokeStyle = n.id === focus ? '#16212e' : '#c2410c';
        ctx.lineWidth = n.id === focus ? 2 : 3;
        ctx.stroke(new Path2D(shapePath(n.shape, s.sx, s.sy, n.r + (n.id === focus ? 4 : 6))));
      }
    }
    ctx.font = `${LABEL_FONT_SIZE}px Inter Variable, system-ui, sans-serif`;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const l of labels) {
      ctx.textAlign = l.anchor === 'middle' ? 'center' : l.anchor === 'end' ? 'right' : 'left';
      ctx.globalAlpha = stateOf(l.id) === 'dim' ? 0.4 : 1;
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 3;
      ctx.strokeText(l.text, l.x, l.y);
      ctx.fillStyle = '#16212e';
      ctx.fillText(l.text, l.x, l.y);
    }
    ctx.globalAlpha = 1;
  }, [marks, screen, transform, stateOf, lit, focus, active, labels, showActive]);

  // Pointer position in layout pixels (the canvas is scaled to the width of its container).
  const at = (e: { clientX: number; clientY: number }) => {
    const rect = el.current!.getBoundingClientRect();
    const k = marks.width / Math.max(rect.width, 1);
    return { x: (e.clientX - rect.left) * k, y: (e.clientY - rect.top) * k };
  };
  const hit = (p: { x: number; y: number }) => {
    let best: string | null = null;
    let bestD = Infinity;
    for (const s of screen) {
      const d = Math.hypot(s.sx - p.x, s.sy - p.y);
      if (d <= s.r + 3 && d < bestD) {
        best = s.id;
        bestD = d;
      }
    }
    return best;
  };

  return (
    <canvas
      ref={(c) => {
        el.current = c;
        props.canvasRef(c);
      }}
      className="network__canvas"
      style={{ aspectRatio: `${marks.width} / ${marks.height}` }}
      role="application"
      aria-label={props.ariaLabel}
      tabIndex={0}
      onPointerMove={(e) => {
        const p = at(e);
        const id = hit(p);
        props.onHover(id, id ? p : undefined);
        e.currentTarget.style.cursor = id ? 'pointer' : '';
      }}
      onPointerLeave={() => props.onHover(null)}
      onClick={(e) => {
        const id = hit(at(e));
        if (id) props.onSelect(id);
      }}
      onKeyDown={props.onKeyDown}
      onFocus={props.onFocus}
      onBlur={props.onBlur}
    />
  );
}
