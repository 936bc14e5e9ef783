'use client';
import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Width of an element, following resizes. Starts at `initial` so the server-rendered SVG (laid out at
 * that width and scaled by its viewBox) matches the first client render; then follows the real width.
 */
export function useElementWidth<T extends HTMLElement>(initial: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}
