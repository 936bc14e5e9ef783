'use client';
// True once the element is on screen or close to it (and from then on): a chart far down the page
// fetches and draws its data only when the reader gets near it. True at once where the browser cannot
// tell (no IntersectionObserver).
import { useCallback, useEffect, useState } from 'react';

export function useNearViewport<T extends Element>(margin = '600px'): [(el: T | null) => void, boolean] {
  const [el, setEl] = useState<T | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (near || !el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [el, near, margin]);
  // Mounted where nothing can tell whether it is on screen: treat it as near.
  const unknown = el !== null && typeof IntersectionObserver === 'undefined';
  return [useCallback((node: T | null) => setEl(node), []), near || unknown];
}
