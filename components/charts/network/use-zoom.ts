'use client';
// d3-zoom attached to the chart's surface (SVG or canvas); the transform lives in React state and
// the marks are re-placed from it. Wheel zoom needs Ctrl/⌘ (trackpad pinches send it) and touch
// needs two fingers, so the page still scrolls over the chart.
import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { useCallback, useEffect, useRef, useState } from 'react';

type Surface = SVGSVGElement | HTMLCanvasElement;

export function useZoom(width: number, height: number, resetKey: unknown) {
  const ref = useRef<Surface>(null);
  const behaviour = useRef<ZoomBehavior<Surface, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [element, setElement] = useState<Surface | null>(null);
  const attach = useCallback((el: Surface | null) => {
    ref.current = el;
    setElement(el);
  }, []);

  useEffect(() => {
    if (!element) return;
    const z = zoom<Surface, unknown>()
      .scaleExtent([0.5, 8])
      .extent([
        [0, 0],
        [width, height],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length > 1;
        return !(event as MouseEvent).button;
      })
      // Wheel and pointer events come faster than frames: render at most one transform per frame.
      .on('zoom', (event: { transform: ZoomTransform }) => {
        latest = event.transform;
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          setTransform(latest);
        });
      });
    let latest = zoomIdentity;
    let frame = 0;
    select(element).call(z);
    behaviour.current = z;
    return () => {
      if (frame) cancelAnimationFrame(frame);
      select(element).on('.zoom', null);
      behaviour.current = null;
    };
  }, [element, width, height]);

  // A new graph starts unzoomed.
  useEffect(() => {
    if (element && behaviour.current) select(element).call(behaviour.current.transform, zoomIdentity);
  }, [element, resetKey]);

  const scaleBy = useCallback((k: number) => {
    if (ref.current && behaviour.current) select(ref.current).call(behaviour.current.scaleBy, k);
  }, []);
  const reset = useCallback(() => {
    if (ref.current && behaviour.current) select(ref.current).call(behaviour.current.transform, zoomIdentity);
  }, []);
  return { attach, transform, zoomIn: () => scaleBy(1.5), zoomOut: () => scaleBy(1 / 1.5), reset };
}
