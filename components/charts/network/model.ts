// Network API data → a graph the chart can reason about: adjacency, degree, steps from the focus,
// betweenness centrality, the strongest ties and the one-sentence summary. No pixels here.
import type { NetworkEdgeMeasure, NetworkNode, NetworkResponse } from '@/lib/domain/api';
import type { ActorKind } from '@/lib/domain/vocab';
import { numberFormat } from '@/lib/i18n/format';

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
}

export interface NetworkModel {
  /** Most records first, as served. */
  nodes: NetworkNode[];
  /** Strongest first; only edges whose ends are both nodes. */
  edges: GraphEdge[];
  byId: Map<string, NetworkNode>;
  neighbours: Map<string, Set<string>>;
  /** The ego network's centre, when it is one of the nodes. */
  focus: string | null;
  /** Steps from the focus (0 for the focus itself); empty without a focus. */
  hops: Map<string, number>;
  measure: NetworkEdgeMeasure;
  maxWeight: number;
  maxRecords: number;
  truncated: boolean;
  totalNodes: number;
}

export function buildModel(data: NetworkResponse, focus: string | null = data.focus): NetworkModel {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const neighbours = new Map<string, Set<string>>(data.nodes.map((n) => [n.id, new Set()]));
  const edges = data.edges.filter((e) => byId.has(e.source) && byId.has(e.target) && e.source !== e.target);
  for (const e of edges) {
    neighbours.get(e.source)!.add(e.target);
    neighbours.get(e.target)!.add(e.source);
  }
  const centre = focus && byId.has(focus) ? focus : null;
  const hops = new Map<string, number>();
  if (centre) {
    // Breadth-first from the focus: the rings of the ego view.
    hops.set(centre, 0);
    const queue = [centre];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      for (const n of neighbours.get(id)!)
        if (!hops.has(n)) {
          hops.set(n, hops.get(id)! + 1);
          queue.push(n);
        }
    }
  }
  return {
    nodes: data.nodes,
    edges,
    byId,
    neighbours,
    focus: centre,
    hops,
    measure: data.edgeMeasure,
    maxWeight: edges.reduce((m, e) => Math.max(m, e.weight), 1),
    maxRecords: data.nodes.reduce((m, n) => Math.max(m, n.records), 1),
    truncated: data.truncated,
    totalNodes: data.totalNodes,
  };
}

export const degreeOf = (model: NetworkModel, id: string) => model.neighbours.get(id)?.size ?? 0;

/**
 * Betweenness centrality of every node (Brandes 2001), unweighted and undirected, normalised to 0–1 by
 * the number of pairs of other nodes: the share of shortest paths between others that pass through it.
 */
export function betweenness(
  ids: readonly string[],
  edges: ReadonlyArray<{ source: string; target: string }>,
): Map<string, number> {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const adj: number[][] = ids.map(() => []);
  for (const e of edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    adj[a]!.push(b);
    adj[b]!.push(a);
  }
  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const preds: number[][] = ids.map(() => []);
  const stack: number[] = [];
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    for (const p of preds) p.length = 0;
    stack.length = 0;
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stack.push(v);
      for (const w of adj[v]!) {
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w]! += sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of preds[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) cb[w]! += delta[w]!;
    }
  }
  // Each undirected path was counted from both ends.
  const pairs = ((n - 1) * (n - 2)) / 2;
  return new Map(ids.map((id, i) => [id, pairs > 0 ? cb[i]! / 2 / pairs : 0]));
}

/** About a tenth of a second of betweenness computation. */
const BETWEENNESS_BUDGET = 2e7;

/**
 * Betweenness of the focus, or null when the graph is too big to compute it on the main thread
 * (Brandes' algorithm takes nodes × (nodes + edges) steps).
 */
export function focusCentrality(model: NetworkModel, focus: string): number | null {
  const cost = model.nodes.length * (model.nodes.length + model.edges.length);
  if (!model.byId.has(focus) || cost > BETWEENNESS_BUDGET) return null;
  return betweenness([...model.byId.keys()], model.edges).get(focus)!;
}

/** The actor with the most partners (ties: more records, then the label). */
export function mostConnected(model: NetworkModel): NetworkNode | null {
  let best: NetworkNode | null = null;
  for (const n of model.nodes) {
    if (!best) {
      best = n;
      continue;
    }
    const d = degreeOf(model, n.id) - degreeOf(model, best.id);
    if (
      d > 0 ||
      (d === 0 && (n.records > best.records || (n.records === best.records && n.label < best.label)))
    )
      best = n;
  }
  return best;
}

export function strongestEdges(model: NetworkModel, count: number): GraphEdge[] {
  return model.edges.slice(0, count);
}

/** A translator of the `network` namespace (useTranslations or createTranslator). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function formatCount(n: number, locale: string): string {
  return numberFormat(locale).format(n);
}

export function networkSummary(model: NetworkModel, t: Translate, locale: string): string {
  const fmt = (n: number) => formatCount(n, locale);
  const nodes = model.nodes.length;
  const edges = model.edges.length;
  if (nodes === 0) return t('summaryEmpty');
  const measure = model.measure;
  if (model.focus) {
    const name = model.byId.get(model.focus)!.name;
    const direct = [...model.hops.values()].filter((h) => h === 1).length;
    const further = [...model.hops.values()].filter((h) => h >= 2).length;
    if (further > 0)
      return t('summaryEgo2', {
        name,
        direct,
        directText: fmt(direct),
        further,
        furtherText: fmt(further),
        measure,
      });
    return t('summaryEgo1', { name, direct, directText: fmt(direct), measure });
  }
  if (edges === 0) return t('summaryNoTies', { nodes, nodesText: fmt(nodes) });
  const top = mostConnected(model)!;
  const degree = degreeOf(model, top.id);
  return t('summary', {
    nodes,
    nodesText: fmt(nodes),
    edges,
    edgesText: fmt(edges),
    measure,
    top: top.name,
    degreeText: fmt(degree),
  });
}

type KindName = (kind: ActorKind) => string;

/** "Viet Nam (State or territory): 41 partners, betweenness centrality 0.12." */
export function focusCaption(
  model: NetworkModel,
  focus: string,
  centrality: number | null,
  t: Translate,
  kindName: KindName,
  locale: string,
): string | null {
  const n = model.byId.get(focus);
  if (!n) return null;
  const degree = degreeOf(model, focus);
  const values = { name: n.name, kind: kindName(n.kind), degree, degreeText: formatCount(degree, locale) };
  if (centrality === null) return t('focusCaptionShort', values);
  const betweenness = numberFormat(locale, { maximumFractionDigits: 2 }).format(centrality);
  return t('focusCaption', { ...values, betweenness });
}

/** The accessible name of an actor's mark: name, kind, records and partners. */
export function actorDescription(
  model: NetworkModel,
  id: string,
  t: Translate,
  kindName: KindName,
  locale: string,
): string {
  const n = model.byId.get(id)!;
  const degree = degreeOf(model, id);
  return t('nodeLabel', {
    name: n.name,
    kind: kindName(n.kind),
    records: n.records,
    recordsText: formatCount(n.records, locale),
    degree,
    degreeText: formatCount(degree, locale),
  });
}
