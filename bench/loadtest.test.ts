import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../lib/domain/filter';
import { loadTargets, loadTestClean, type LoadTestResult } from './loadtest';

describe('load-test addresses', () => {
  it('cover every aggregate endpoint with every filter, filters in the address', () => {
    const targets = loadTargets({
      none: EMPTY_FILTER,
      one: { ...EMPTY_FILTER, country: ['VNM'] },
      three: { ...EMPTY_FILTER, country: ['VNM'], topic: ['health'], from: '2018' },
    });
    expect(targets).toHaveLength(15);
    expect(new Set(targets.map((t) => t.endpoint))).toEqual(
      new Set(['timeline', 'map', 'network', 'summary', 'records']),
    );
    expect(targets.find((t) => t.endpoint === 'map' && t.filter === 'none')!.path).toBe('/api/v1/map');
    expect(targets.find((t) => t.endpoint === 'records' && t.filter === 'one')!.path).toBe(
      '/api/v1/records?country=VNM&pageSize=25',
    );
    const three = targets.find((t) => t.endpoint === 'timeline' && t.filter === 'three')!.path;
    expect(three).toMatch(/^\/api\/v1\/timeline\?/);
    const params = new URL(three, 'http://x').searchParams;
    expect([params.get('country'), params.get('topic'), params.get('from'), params.get('interval')]).toEqual([
      'VNM',
      'health',
      '2018',
      'auto',
    ]);
  });

  it('count a run as clean only without errors, timeouts or non-2xx answers', () => {
    const base = { errors: 0, timeouts: 0, non2xx: 0, requests: 10 } as LoadTestResult;
    expect(loadTestClean(base)).toBe(true);
    expect(loadTestClean({ ...base, non2xx: 1 })).toBe(false);
    expect(loadTestClean({ ...base, errors: 1, timeouts: 1 })).toBe(false);
    expect(loadTestClean({ ...base, requests: 0 })).toBe(false);
  });
});
