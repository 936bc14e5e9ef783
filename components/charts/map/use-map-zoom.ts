'use client';
// Zoom and pan: d3-zoom turns wheel, drag and pinch gestures into a transform, which React keeps in
// state and renders; d3-selection only attaches the behaviour to the <svg>. The buttons call the same
// behaviour, so every input ends in one transform.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3';

/** Kept relative to the width, so a resize keeps the same view instead of jumping. */
interface RelativeTransform {
  k: number;
  x: number;
  y: number;
}

export const MAX_ZOOM = 8;
const STEP = 1.6;

export function useMapZoom(svgRef: RefObject<SVGSVGElement | null>, width: number, height: number) {
  const [rel, setRel] = useState<RelativeTransform>({ k: 1, x: 0, y: 0 });
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const current = useRef(rel);
  useEffect(() => {
    current.current = rel;
  }, [rel]);

  // Bound in a task of its own after the commit (d3 adds its listeners), not in the one that hydrates
  // the page; a new size before then binds once, at that size.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const selection = select(svg);
    const bind = setTimeout(() => {
      const z = zoom<SVGSVGElement, unknown>()
        .extent([
          [0, 0],
          [width, height],
        ])
        .translateExtent([
          [0, 0],
          [width, height],
        ])
        .scaleExtent([1, MAX_ZOOM])
        .filter((event: Event) => {
          // The page must keep scrolling over the map: the wheel zooms only with Ctrl/⌘ (a trackpad pinch
          // sends Ctrl+wheel), and one finger pans only once zoomed in. Two fingers always pinch.
          if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
          if (event.type === 'touchstart')
            return (event as TouchEvent).touches.length > 1 || current.current.k > 1;
          return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
        })
        .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
          const { k, x, y } = e.transform;
          const next = { k, x: x / width, y: y / width };
          setRel((prev) => (prev.k === next.k && prev.x === next.x && prev.y === next.y ? prev : next));
        });
      selection.call(z).on('dblclick.zoom', null);
      // Carry the current view over to the new size (the listener keeps React's state as it is).
      const { k, x, y } = current.current;
      z.transform(selection, zoomIdentity.translate(x * width, y * width).scale(k));
      behaviour.current = z;
    }, 0);
    return () => {
      clearTimeout(bind);
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef, width, height]);

  const run = useCallback(
    (action: (z: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => {
      const svg = svgRef.current;
      if (behaviour.current && svg) action(behaviour.current, svg);
    },
    [svgRef],
  );
  const zoomIn = useCallback(() => run((z, svg) => z.scaleBy(select(svg), STEP)), [run]);
  const zoomOut = useCallback(() => run((z, svg) => z.scaleBy(select(svg), 1 / STEP)), [run]);
  const reset = useCallback(() => run((z, svg) => z.transform(select(svg), zoomIdentity)), [run]);
  /** Bring a point (layout coordinates) into view when zoomed in and it is outside. */
  const reveal = useCallback(
    ([px, py]: [number, number]) =>
      run((z, svg) => {
        const { k, x, y } = current.current;
        const sx = x * width + k * px;
        const sy = y * width + k * py;
        if (k > 1 && (sx < 0 || sx > width || sy < 0 || sy > height)) z.translateTo(select(svg), px, py);
      }),
    [run, width, height],
  );

  return {
    transform: { k: rel.k, x: rel.x * width, y: rel.y * width },
    zoomIn,
    zoomOut,
    reset,
    reveal,
  };
}
