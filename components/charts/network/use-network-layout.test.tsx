// @vitest-environment jsdom
// A large graph is laid out in a worker: once, at the box's measured width, and a worker still busy
// with a picture nobody wants is let go rather than made to finish first.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NetworkResponse } from '@/lib/domain/api';
import { useElementWidth } from '../shared/use-element-width';
import type { LayoutReply, LayoutRequest } from './layout.worker';
import { WORKER_THRESHOLD, type Positions } from './layout';
import { buildModel, type NetworkModel } from './model';
import { useNetworkLayout } from './use-network-layout';

/** Stands in for the layout worker: records what it is sent, answers when the test says so. */
class FakeWorker {
  static all: FakeWorker[] = [];
  sent: LayoutRequest[] = [];
  terminated = false;
  #listeners = new Map<string, Set<(e: MessageEvent<LayoutReply>) => void>>();
  constructor() {
    FakeWorker.all.push(this);
  }
  addEventListener(type: string, fn: (e: MessageEvent<LayoutReply>) => void) {
    (this.#listeners.get(type) ?? this.#listeners.set(type, new Set()).get(type)!).add(fn);
  }
  removeEventListener(type: string, fn: (e: MessageEvent<LayoutReply>) => void) {
    this.#listeners.get(type)?.delete(fn);
  }
  postMessage(req: LayoutRequest) {
    this.sent.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers a request with every node at the box's centre. */
  answer(req: LayoutRequest) {
    const positions: Positions = new Map(
      req.input.nodes.map((n) => [n.id, { x: req.input.width / 2, y: req.input.height / 2, r: 3 }]),
    );
    const reply = { data: { id: req.id, positions, computeMs: 1 } } as MessageEvent<LayoutReply>;
    for (const fn of this.#listeners.get('message') ?? []) fn(reply);
  }
}

let resize: (() => void) | null = null;
let boxWidth = 960;

beforeEach(() => {
  FakeWorker.all = [];
  boxWidth = 960;
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(cb: () => void) {
        resize = cb;
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
    () =>
      ({
        width: boxWidth,
        height: 100,
        x: 0,
        y: 0,
        top: 0,
        left: 0,
        right: boxWidth,
        bottom: 100,
      }) as DOMRect,
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  resize = null;
});

function graph(nodes: number, prefix = 'a'): NetworkModel {
  const ids = Array.from({ length: nodes }, (_, i) => `${prefix}${i}`);
  const data: NetworkResponse = {
    nodes: ids.map((id, i) => ({ id, kind: 'state', label: id, name: id, degree: 1, records: 1 + i })),
    edges: ids.slice(1).map((id) => ({ source: ids[0]!, target: id, weight: 1 })),
    totalNodes: nodes,
    totalEdges: nodes - 1,
    truncated: false,
    focus: null,
    depth: null,
    edgeMeasure: 'records',
  };
  return buildModel(data);
}

function Chart({ model }: { model: NetworkModel }) {
  const [box, width, measured] = useElementWidth<HTMLDivElement>(720);
  const { laidOut, pending } = useNetworkLayout(model, width, 400, measured);
  return <div ref={box} data-pending={String(pending)} data-laid-out-width={laidOut ? laidOut.width : ''} />;
}

const jobs = () => FakeWorker.all.flatMap((w) => w.sent);

describe('useNetworkLayout with a worker', () => {
  const big = graph(WORKER_THRESHOLD + 50);

  it('sends one layout, at the measured width, not one at the first guess as well', () => {
    const { container } = render(<Chart model={big} />);
    expect(jobs()).toHaveLength(1);
    expect(jobs()[0]!.input.width).toBe(960);
    const stage = container.firstElementChild!;
    expect(stage.getAttribute('data-pending')).toBe('true');
    act(() => FakeWorker.all[0]!.answer(jobs()[0]!));
    expect(stage.getAttribute('data-pending')).toBe('false');
    expect(stage.getAttribute('data-laid-out-width')).toBe('960');
  });

  it('lets a busy worker go when its layout is no longer wanted, and shows only the new one', () => {
    const { container, rerender } = render(<Chart model={big} />);
    const first = FakeWorker.all[0]!;
    // The box is resized before the first layout comes back.
    boxWidth = 600;
    act(() => resize!());
    expect(first.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
    const second = FakeWorker.all[1]!;
    expect(second.sent.map((r) => r.input.width)).toEqual([600]);
    // A new graph arrives too: the second worker is let go in turn.
    const other = graph(WORKER_THRESHOLD + 10, 'b');
    rerender(<Chart model={other} />);
    expect(second.terminated).toBe(true);
    const third = FakeWorker.all[2]!;
    expect(third.sent[0]!.input.nodes[0]!.id).toMatch(/^b/);
    act(() => third.answer(third.sent[0]!));
    const stage = container.firstElementChild!;
    expect(stage.getAttribute('data-pending')).toBe('false');
    expect(stage.getAttribute('data-laid-out-width')).toBe('600');
  });

  it('keeps a worker that has answered for the next layout', () => {
    const { rerender } = render(<Chart model={big} />);
    const worker = FakeWorker.all[0]!;
    act(() => worker.answer(worker.sent[0]!));
    rerender(<Chart model={graph(WORKER_THRESHOLD + 20, 'c')} />);
    expect(worker.terminated).toBe(false);
    expect(FakeWorker.all).toHaveLength(1);
    expect(worker.sent).toHaveLength(2);
  });

  it('still lays out a box that has no width (hidden), at the first guess', () => {
    boxWidth = 0;
    render(<Chart model={big} />);
    expect(jobs().map((r) => r.input.width)).toEqual([720]);
  });
});
