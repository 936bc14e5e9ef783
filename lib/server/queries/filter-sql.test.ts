import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTER } from '../../domain/filter';
import { facetToken } from '../../db/facts';
import { facetMatch, filterCondition } from './filter-sql';
import { setRollupsEnabled } from './rollup-plan';

const f = { ...EMPTY_FILTER, country: ['TGO'], topic: ['health'], from: '2018' };
/** The table the join starts from on SQLite: the one narrowing written as an IN set. */
const driver = (text: string) => /r\.id IN \(SELECT x\.record_id FROM (\w+)/.exec(text)?.[1];

describe('filterCondition on SQLite, without the facet index', () => {
  // The SQL is built for the engine DATABASE_URL names; these tests are about SQLite's join order, so
  // they hold whichever database the suite runs on (PostgreSQL plans the order itself). With the
  // rollups on, the facet index answers these filters (below); this is the SQL without it.
  beforeAll(() => {
    vi.stubEnv('DATABASE_URL', 'file:unused.db');
    setRollupsEnabled(false);
  });
  afterAll(() => {
    setRollupsEnabled(true);
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

describe('the facet index', () => {
  beforeAll(() => {
    vi.stubEnv('DATABASE_URL', 'file:unused.db');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('answers two narrowings or more: each required, the values of one alternatives', () => {
    const m = facetMatch({ ...f, country: ['TGO', 'VNM'], objective: [23], q: 'Genève visit' });
    expect(m).toBe(
      `facets:(${facetToken('actor', 'TGO')} OR ${facetToken('actor', 'VNM')}) AND facets:(${facetToken('commitment', 'gcm-23')}) AND facets:(${facetToken('topic', 'health')}) AND search_text:("geneve"* AND "visit"*)`,
    );
    // Any id is one token of letters and digits.
    expect(facetToken('topic', 'labour-mobility')).toMatch(/^t[0-9a-f]+$/);
    const where = filterCondition(f).sql;
    expect(where).toContain('record_facet_fts MATCH');
    expect(where).not.toContain('record_participant');
    // The period is checked on the facts rows.
    expect(where).toContain('x.date_end >=');
  });

  it('answers one narrowing with kinds or a period (what the rollups cannot, it reads from the facts)', () => {
    expect(facetMatch({ ...EMPTY_FILTER, country: ['TGO'], from: '2018' })).toBe(
      `facets:(${facetToken('actor', 'TGO')})`,
    );
    expect(facetMatch({ ...EMPTY_FILTER, q: 'visit', kind: ['meeting'] })).toBe('search_text:("visit"*)');
  });

  it('is not used for one narrowing alone, none, a bloc, or for walking the date index', () => {
    expect(facetMatch({ ...EMPTY_FILTER, country: ['TGO'] })).toBeNull();
    expect(facetMatch({ ...EMPTY_FILTER, from: '2018', kind: ['meeting'] })).toBeNull();
    expect(facetMatch({ ...f, bloc: ['asean'] })).toBeNull();
    expect(filterCondition(f, { drive: 'probe' }).sql).not.toContain('record_facet_fts');
  });

  it('is GIN on PostgreSQL: one array overlap per narrowing, the words as a tsquery', () => {
    vi.stubEnv('DATABASE_URL', 'postgresql://x@localhost/x');
    expect(facetMatch(f)).toBeNull();
    const where = filterCondition({ ...f, country: ['TGO', 'VNM'], q: 'visit' });
    expect(where.sql).toContain('x.facets && ARRAY[?,?]::text[] AND x.facets && ARRAY[?]::text[]');
    expect(where.values).toEqual(expect.arrayContaining(['a:TGO', 'a:VNM', 't:health', 'visit:*']));
    expect(where.sql).toContain('x.words @@');
    vi.stubEnv('DATABASE_URL', 'file:unused.db');
  });
});
