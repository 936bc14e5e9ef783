'use client';
// The network drawn on a <canvas> for large graphs (hundreds of focusable SVG groups and thousands
// of lines would make every hover slow; how it is drawn without blocking is in canvas-scene.ts). Sharp on high-density screens (devicePixelRatio), with
// hit-testing for hover and click; the keyboard works on the canvas itself and a live region says
// which actor is selected.
import type { ZoomTransform } from 'd3';
import { useEffect, useMemo, useRef, type KeyboardEventHandler } from 'react';
import type { NetworkMarks } from './layout';
import { compose, drawScene, nodeShapes, tieChunks, type NodeShapes, type Scene } from './canvas-scene';
import type { PlacedLabel } from './labels';
import type { NodeState } from './marks';

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
  // Prepared once per graph (no canvas on the server or in jsdom: nothing to prepare).
  const ties = useMemo(() => (typeof Path2D === 'undefined' ? [] : tieChunks(marks)), [marks]);
  const shapes = useMemo<NodeShapes>(
    () => (typeof Path2D === 'undefined' ? new Map() : nodeShapes(marks)),
    [marks],
  );
  const scene = useRef<Scene | null>(null);

  useEffect(() => {
    const canvas = el.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(marks.width * dpr);
    const h = Math.round(marks.height * dpr);
    // Resizing the backing store clears and reallocates it: only when the size really changes.
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    const source = [ties, shapes, w, h] as const;
    const current = scene.current?.source.every((v, i) => v === source[i]) ? scene.current : null;
    const frame = { marks, shapes, screen, transform, dpr, lit, stateOf, focus, active, showActive, labels };
    compose(ctx, { scene: current, ...frame });
    if (
      current &&
      current.at.k === transform.k &&
      current.at.x === transform.x &&
      current.at.y === transform.y
    )
      return;
    // A new graph is drawn at once; a panned or zoomed one again, sharp, when the gesture pauses.
    let cancel = () => {};
    const timer = setTimeout(
      () => {
        cancel = drawScene({
          marks,
          ties,
          shapes,
          screen,
          at: transform,
          dpr,
          source,
          done: (next) => {
            scene.current = next;
            compose(ctx, { scene: next, ...frame });
          },
        });
      },
      current ? 150 : 0,
    );
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [marks, ties, shapes, screen, transform, lit, stateOf, focus, active, labels, showActive]);

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
        // Dragging pans the chart; hovering marks on the way would redraw it at every step.
        if (e.buttons) return;
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
