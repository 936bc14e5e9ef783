import { notFound } from 'next/navigation';
import { SyntheticNetwork } from '@/components/charts/network/synthetic-network';

/**
 * Benchmark fixture, not a product page: a synthetic network of `nodes` actors and `edges` ties
 * (deterministic from `seed`), for measuring the layout and interaction in a real browser. Only
 * served when the server runs with BENCH_FIXTURES=1 (bench/network-layout.ts does).
 */
export default async function NetworkBench({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  if (process.env.BENCH_FIXTURES !== '1') notFound();
  const sp = await searchParams;
  const num = (v: string | undefined, d: number, max: number) => Math.min(max, Math.max(1, Number(v) || d));
  return (
    <SyntheticNetwork
      nodes={num(sp.nodes, 2000, 5000)}
      edges={num(sp.edges, 20000, 60000)}
      seed={num(sp.seed, 1, 1e9)}
    />
  );
}
