// Runs the force layout of a large graph off the main thread: one message in (the graph and the box),
// one message out (the positions), tagged with the request id so stale answers can be dropped.
import { computePositions, type PositionInput, type Positions } from './layout';

export interface LayoutRequest {
  id: number;
  input: PositionInput;
}

export interface LayoutReply {
  id: number;
  positions: Positions;
  /** Time the worker spent laying out (ms), for the benchmark's split of the total. */
  computeMs: number;
}

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (reply: LayoutReply) => void;
};

scope.onmessage = (e) => {
  const started = performance.now();
  const positions = computePositions(e.data.input);
  scope.postMessage({ id: e.data.id, positions, computeMs: performance.now() - started });
};
