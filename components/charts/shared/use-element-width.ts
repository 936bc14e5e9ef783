'use client';
import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Width of an element, following resizes. Starts at `initial` so the server-rendered SVG (laid out at
 * that width and scaled by its viewBox) matches the first client render; then follows the real width.
 * `measured` turns true once the element has been measured (before the browser paints), so work that
 * depends on the real width, such as a layout sent to a worker, need not start at the guess first.
 */
export function useElementWidth<T extends HTMLElement>(initial: number) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: initial, measured: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      // An element without a box (hidden, or no layout at all) keeps the guess, but counts as measured.
      setSize((s) => {
        const width = w > 0 ? w : s.width;
        return s.measured && s.width === width ? s : { width, measured: true };
      });
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size.width, size.measured] as const;
}
