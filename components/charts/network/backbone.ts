// The ties that shape the force layout (all ties are still drawn).
import { hashString } from './random';

/** Ties per node that shape the layout. */
export const BACKBONE_TIES = 8;

/**
 * The edges that shape the layout: each node's strongest ties, at most `k` of them. A record shared
 * by 170 states links them all with weight 1; laid out in full that is a featureless hairball and
 * 14,000 springs. Equal ties are picked by a hash of the pair, not by id, so no node becomes a hub
 * just for sorting first.
 */
export function backbone<E extends { source: string; target: string; weight: number }>(
  edges: readonly E[],
  k: number,
): E[] {
  const byNode = new Map<string, Array<{ e: E; h: number }>>();
  for (const e of edges) {
    const item = { e, h: hashString(`${e.source}|${e.target}`) };
    for (const end of [e.source, e.target]) {
      const list = byNode.get(end);
      if (list) list.push(item);
      else byNode.set(end, [item]);
    }
  }
  const keep = new Set<E>();
  for (const list of byNode.values()) {
    if (list.length > k) list.sort((a, b) => b.e.weight - a.e.weight || a.h - b.h);
    for (const { e } of list.slice(0, k)) keep.add(e);
  }
  // Back in input order, sorted by the ends: the simulation must not depend on arrival order.
  return [...keep].sort((a, b) =>
    a.source < b.source
      ? -1
      : a.source > b.source
        ? 1
        : a.target < b.target
          ? -1
          : a.target > b.target
            ? 1
            : 0,
  );
}
