// Timing helpers for the benchmark: warm-up, repetitions, percentiles (nearest rank).

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  mean: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: samples.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    mean: samples.reduce((s, x) => s + x, 0) / Math.max(1, samples.length),
  };
}

/** Runs `fn` `warm` times unmeasured, then `reps` times measured (milliseconds). */
export async function measure(fn: () => Promise<unknown>, reps: number, warm = 3): Promise<Stats> {
  for (let i = 0; i < warm; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}
