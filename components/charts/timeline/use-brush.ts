'use client';
// Attaches d3-brush (x only) to a <g> the chart renders empty. d3 owns the brush's overlay inside that
// <g> and turns pointer and touch gestures into extents; we only snap them to whole periods and hand
// them to React. The brush's own selection rectangle stays hidden: React draws the snapped selection,
// so what the user sees while dragging is exactly what will be selected.
import { brushX, select, type D3BrushEvent } from 'd3';
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
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const node = ref.current;
    if (!node || count === 0) return;
    const { left, right, top, bottom } = layout.plot;
    let startX: number | null = null;
    let startScroll = 0;
    const g = select(node);
    const brush = brushX<unknown>()
      .extent([
        [left, top],
        [right, bottom],
      ])
      .on('start', (e: D3BrushEvent<unknown>) => {
        // Events without a sourceEvent come from our own brush.move(null) below.
        if (!e.sourceEvent) return;
        startX = e.selection ? (e.selection as [number, number])[0] : null;
        startScroll = window.scrollY;
      })
      .on('brush', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent || !e.selection) return;
        latest.current.onBrush(brushToIndices(layout, e.selection as [number, number], count));
      })
      .on('end', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return;
        latest.current.onBrush(null);
        const indices = ((): [number, number] | null => {
          // On touch screens a vertical swipe over the chart scrolls the page (touch-action: pan-y):
          // it is not a selection.
          if (Math.abs(window.scrollY - startScroll) > 2) return null;
          if (e.selection) return brushToIndices(layout, e.selection as [number, number], count);
          // An empty selection is a click: it selects the period under the pointer.
          if (startX === null) return null;
          const i = periodAtX(layout, startX, count);
          return [i, i];
        })();
        startX = null;
        // Forget d3's own selection: the committed period comes back as a prop and React draws it.
        g.call(brush.move, null);
        if (indices) latest.current.onSelect(indices);
      });
    g.call(brush);
    g.selectAll('.selection, .handle').attr('visibility', 'hidden');
    return () => {
      g.on('.brush', null);
      g.selectAll('*').remove();
    };
  }, [ref, layout, count]);
}
