import { describe, expect, it } from 'vitest';
import { summaryMarkdown, type BenchResult } from './summary';

const base: BenchResult = {
  date: '2026-11-28T10:00:00.000Z',
  machine: '2 × Test CPU, 8 GiB, linux, Node v20',
  loadAverageAtStart: 0.5,
  stages: ['queries'],
  options: {
    sizes: [10000],
    reps: 5,
    load: { duration: 30, connections: 50, timeout: 10 },
    engine: 'sqlite',
  },
  loads: [],
  rows: [
    {
      size: 10000,
      engine: 'sqlite',
      dataset: 'synthetic',
      what: 'query: map',
      filter: 'none: (none)',
      stats: { n: 5, p50: 1.25, p95: 2, mean: 1.4 },
    },
  ],
  ratios: [],
  loadTests: [],
  loadTestNote: 'note',
  network: null,
  lighthouse: null,
  icews: null,
  errors: [],
};

describe('benchmark summary', () => {
  it('prints the machine line and a table row per measurement, and only the stages that ran', () => {
    const md = summaryMarkdown(base);
    expect(md).toContain('Machine: 2 × Test CPU');
    expect(md).toContain('| 10,000 | synthetic | sqlite | query: map | none: (none) | 1.3 | 2.0 |');
    expect(md).not.toContain('Load test');
    expect(md).not.toContain('Lighthouse');
  });

  it("states a PostgreSQL run's server settings, and none for SQLite", () => {
    expect(summaryMarkdown(base)).not.toContain('PostgreSQL settings');
    const md = summaryMarkdown({
      ...base,
      databaseSettings: { shared_buffers: '2GB', work_mem: '4MB' },
    });
    expect(md).toContain('PostgreSQL settings: shared_buffers 2GB, work_mem 4MB.');
  });

  it('names a failed stage', () => {
    expect(summaryMarkdown({ ...base, errors: ['lighthouse: no Chromium'] })).toContain(
      '**Stage failed**: lighthouse: no Chromium',
    );
  });
});
