'use client';
// Attaches d3-brush (x only) to a <g> the chart renders empty. d3 owns the brush's overlay inside that
// <g> and turns pointer and touch gestures into extents; we only snap them to whole periods and hand
// them to React. The brush's own selection rectangle stays hidden: React draws the snapped selection,
// so what the user sees while dragging is exactly what will be selected. The <g> sits in the plot's
// <svg>, whose x = 0 is the plot's left edge: the brush works in those pixels, shifted to the layout's.
import { brushX, select, type BrushBehavior, type D3BrushEvent } from 'd3';
import { useEffect, useRef, type RefObject } from 'react';
import { brushToIndices, periodAtX, type TimelineLayout } from './layout';

export interface BrushHandlers {
  /** While dragging: the snapped periods, or null when the gesture ends. */
  onBrush: (indices: [number, number] | null) => void;
  /** A finished drag, or a click (a single period). */
  onSelect: (indices: [number, number]) => void;
}

export function useBrush(
  ref: RefObject<SVGGElement | null>,
  layout: TimelineLayout,
  count: number,
  handlers: BrushHandlers,
) {
  const latest = useRef({ handlers, layout });
  useEffect(() => {
    latest.current = { handlers, layout };
  });
  const behaviour = useRef<BrushBehavior<unknown> | null>(null);

  // The brush and its listeners, once per run of periods; they read the current layout when called.
  useEffect(() => {
    const node = ref.current;
    if (!node || count === 0) return;
    const px = ([x0, x1]: [number, number]): [number, number] => {
      const { left } = latest.current.layout.plot;
      return [x0 + left, x1 + left];
    };
    let startX: number | null = null;
    let startScroll = 0;
    const g = select(node);
    const brush = brushX<unknown>()
      .on('start', (e: D3BrushEvent<unknown>) => {
        // Events without a sourceEvent come from our own brush.move(null) below.
        if (!e.sourceEvent) return;
        startX = e.selection ? px(e.selection as [number, number])[0] : null;
        startScroll = window.scrollY;
      })
      .on('brush', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent || !e.selection) return;
        const { layout, handlers } = latest.current;
        handlers.onBrush(brushToIndices(layout, px(e.selection as [number, number]), count));
      })
      .on('end', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return;
        const { layout, handlers } = latest.current;
        handlers.onBrush(null);
        const indices = ((): [number, number] | null => {
          // On touch screens a vertical swipe over the chart scrolls the page (touch-action: pan-y):
          // it is not a selection.
          if (Math.abs(window.scrollY - startScroll) > 2) return null;
          if (e.selection) return brushToIndices(layout, px(e.selection as [number, number]), count);
          // An empty selection is a click: it selects the period under the pointer.
          if (startX === null) return null;
          const i = periodAtX(layout, startX, count);
          return [i, i];
        })();
        startX = null;
        // Forget d3's own selection: the committed period comes back as a prop and React draws it.
        g.call(brush.move, null);
        if (indices) handlers.onSelect(indices);
      });
    behaviour.current = brush;
    return () => {
      behaviour.current = null;
      g.on('.brush', null);
      g.selectAll('*').remove();
    };
  }, [ref, count]);

  // Drawn, and redrawn in place when the plot's size changes (the first measurement of the width):
  // d3 updates its overlay's attributes rather than building it again. Drawn in a task of its own,
  // after the commit: d3 appends the overlay and handles and binds its listeners, which need not
  // lengthen the task that hydrates the page. A new size before then draws once, at that size.
  const { left, right, top, bottom } = layout.plot;
  useEffect(() => {
    const node = ref.current;
    const brush = behaviour.current;
    if (!node || !brush) return;
    const draw = setTimeout(() => {
      brush.extent([
        [0, top],
        [right - left, bottom],
      ]);
      const g = select(node);
      g.call(brush);
      g.selectAll('.selection, .handle').attr('visibility', 'hidden');
    }, 0);
    return () => clearTimeout(draw);
  }, [ref, count, left, right, top, bottom]);
}
