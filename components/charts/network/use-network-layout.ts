'use client';
// Positions for a graph at a size. Small graphs are laid out synchronously during render (the same on
// the server and in the first client render); large ones in a Web Worker, keeping the previous picture
// on screen until the new one arrives.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  computePositions,
  EDGE_WORKER_THRESHOLD,
  positionInput,
  WORKER_THRESHOLD,
  type Positions,
} from './layout';
import type { LayoutReply, LayoutRequest } from './layout.worker';
import type { NetworkModel } from './model';
import { useHydrated } from '@/components/ui/use-hydrated';

export interface LaidOut {
  model: NetworkModel;
  positions: Positions;
  width: number;
  height: number;
}

let requests = 0;

export function useNetworkLayout(
  model: NetworkModel,
  width: number,
  height: number,
  /**
   * Whether `width` is the box's measured width rather than the first guess: a layout for the worker
   * waits for it. Sent at the guess, it kept the worker busy with a picture nobody would see while the
   * one at the real width queued behind it (2,000 actors: 1.8 s instead of 0.9).
   */
  measured = true,
): { laidOut: LaidOut | null; pending: boolean } {
  // False on the server and while hydrating, true after: a graph the server drew must be laid out
  // the same way, synchronously, to hydrate; one that arrives later may go to the worker.
  const hydrated = useHydrated();
  // The graph the page was first drawn with is laid out in place (it must hydrate as the server drew
  // it); a graph or size that comes later goes to the worker when it is big.
  const [first] = useState(() => ({ model, width, height, hydrating: !hydrated }));
  const asFirst =
    !hydrated ||
    (first.hydrating && model === first.model && width === first.width && height === first.height);
  const large =
    model.nodes.length > WORKER_THRESHOLD || (!asFirst && model.edges.length > EDGE_WORKER_THRESHOLD);
  const sync = useMemo(
    () =>
      large
        ? null
        : { model, width, height, positions: computePositions(positionInput(model, width, height)) },
    [large, model, width, height],
  );
  // The last picture laid out in place stays on screen while the worker lays out the next one.
  const [lastSync, setLastSync] = useState(sync);
  if (sync && sync !== lastSync) setLastSync(sync);
  const offThread = sync === null;
  const [done, setDone] = useState<LaidOut | null>(null);
  const worker = useRef<Worker | null>(null);

  useEffect(() => {
    if (!offThread || !measured) return;
    let live = true;
    let answered = false;
    const input = positionInput(model, width, height);
    const started = performance.now();
    const finish = (positions: Positions, computeMs?: number) => {
      // Recorded for the benchmark (bench/network-layout.ts): time from request to laid-out graph,
      // and how much of it the worker spent laying out.
      performance.measure('compact-atlas:network-layout', {
        start: started,
        end: performance.now(),
        detail: { computeMs: computeMs ?? null },
      });
      if (live) setDone({ model, width, height, positions });
    };
    // Without workers (tests, very old browsers), still off the render path.
    const fallback = () => setTimeout(() => finish(computePositions(input)), 0);
    if (typeof Worker === 'undefined') {
      const timer = fallback();
      return () => {
        live = false;
        clearTimeout(timer);
      };
    }
    worker.current ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const w = worker.current;
    const id = ++requests;
    const onMessage = (e: MessageEvent<LayoutReply>) => {
      if (e.data.id !== id) return;
      answered = true;
      finish(e.data.positions, e.data.computeMs);
    };
    const onError = () => fallback();
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, input } satisfies LayoutRequest);
    return () => {
      live = false;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      // A worker still laying out a graph or a size that is no longer wanted would make the next
      // request wait for it: it is let go, and the next request starts a fresh one.
      if (!answered) {
        w.terminate();
        if (worker.current === w) worker.current = null;
      }
    };
  }, [offThread, measured, model, width, height]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  if (sync) return { laidOut: sync, pending: false };
  const fresh = done !== null && done.model === model && done.width === width && done.height === height;
  return { laidOut: fresh ? done : (done ?? lastSync), pending: !fresh };
}
