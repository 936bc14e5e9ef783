'use client';
// A deterministic synthetic network for the benchmark fixture page (never shown as real data: the
// page is only served with BENCH_FIXTURES=1 and says what it is).
import { useMemo, useState } from 'react';
import type { NetworkResponse } from '@/lib/domain/api';
import { ACTOR_KINDS } from '@/lib/domain/vocab';
import { mulberry32 as prng } from './random';
import { LazyNetworkChart } from './network-lazy';

function synthetic(nodes: number, edges: number, seed: number): NetworkResponse {
  const rnd = prng(seed);
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
  const seen = new Set<string>();
  const list: NetworkResponse['edges'] = [];
  while (list.length < edges) {
    // Preferential: low indices are hubs, as in real cooperation networks.
    const a = Math.floor(nodes * rnd() ** 2);
    const b = Math.floor(nodes * rnd());
    if (a === b) continue;
    const [s, t] = a < b ? [ids[a]!, ids[b]!] : [ids[b]!, ids[a]!];
    const key = `${s}|${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push({ source: s, target: t, weight: 1 + Math.floor(rnd() * 5) });
  }
  const degree = new Map<string, number>();
  for (const e of list) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return {
    nodes: ids.map((id, i) => ({
      id,
      kind: i % 5 === 0 ? ACTOR_KINDS[1 + (i % (ACTOR_KINDS.length - 1))]! : 'state',
      label: `Synthetic ${i}`,
      name: `Synthetic actor ${i}`,
      degree: degree.get(id) ?? 0,
      records: 1 + (degree.get(id) ?? 0),
    })),
    edges: list,
    totalNodes: nodes,
    totalEdges: edges,
    truncated: false,
    focus: null,
    depth: null,
    edgeMeasure: 'records',
  };
}

export function SyntheticNetwork({ nodes, edges, seed }: { nodes: number; edges: number; seed: number }) {
  const data = useMemo(() => synthetic(nodes, edges, seed), [nodes, edges, seed]);
  const [focus, setFocus] = useState<string | null>(null);
  return (
    <main className="bench-fixture">
      <p role="note">
        Synthetic benchmark graph ({nodes} nodes, {edges} ties): not real data.
      </p>
      <LazyNetworkChart
        data={data}
        state="ready"
        focus={focus}
        depth={1}
        edgeMeasure="records"
        onFocus={setFocus}
        title="Synthetic network"
      />
    </main>
  );
}
