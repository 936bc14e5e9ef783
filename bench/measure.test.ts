import { describe, expect, it } from 'vitest';
import { percentile, stats } from './measure';

describe('benchmark percentiles', () => {
  it('use the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 0.5)).toBe(50);
    expect(percentile(xs, 0.95)).toBe(95);
    expect(stats([3, 1, 2])).toMatchObject({ n: 3, p50: 2, p95: 3, mean: 2 });
  });
});
