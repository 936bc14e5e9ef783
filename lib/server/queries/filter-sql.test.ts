import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTER } from '../../domain/filter';
import { filterCondition } from './filter-sql';

const f = { ...EMPTY_FILTER, country: ['TGO'], topic: ['health'], from: '2018' };
/** The table the join starts from on SQLite: the one narrowing written as an IN set. */
const driver = (text: string) => /r\.id IN \(SELECT x\.record_id FROM (\w+)/.exec(text)?.[1];

describe('filterCondition on SQLite', () => {
  // The SQL is built for the engine DATABASE_URL names; these tests are about SQLite's join order, so
  // they hold whichever database the suite runs on (PostgreSQL plans the order itself).
  beforeAll(() => {
    vi.stubEnv('DATABASE_URL', 'file:unused.db');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('starts from the first narrowing when it knows no sizes', () => {
    expect(driver(filterCondition(f).sql)).toBe('record_participant');
  });

  it('starts from the narrowing with the fewest records and probes the others', () => {
    const where = filterCondition(f, { sizes: { country: 480_000, topic: 66_000 } }).sql;
    expect(driver(where)).toBe('record_topic');
    expect(where).toContain('EXISTS (SELECT 1 FROM record_participant x WHERE x.record_id = r.id');
  });

  it('keeps the written order for narrowings of unknown size', () => {
    const where = filterCondition({ ...f, q: 'geneva' }, { sizes: { country: 10 } }).sql;
    expect(driver(where)).toBe('record_participant');
    expect(where).toContain('record_fts');
  });
});
