import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../domain/filter';
import { locationQuery, parseLocation, toVocabulary } from './location';
import { DEFAULT_VIEW } from './view-params';

const vocab = toVocabulary({
  countries: ['VNM', 'FRA'],
  organisations: ['iom', 'asean'],
  blocs: ['asean'],
  topics: ['health'],
});
const parse = (qs: string) => parseLocation(new URLSearchParams(qs), vocab);

describe('page location (filter + view)', () => {
  it('reads every view parameter', () => {
    const { view, issues } = parse(
      'page=3&sort=title&interval=month&stack=topic&map=stance&focus=IOM&depth=2&edges=memberships',
    );
    expect(issues).toEqual([]);
    expect(view).toEqual({
      page: 3,
      sort: 'title',
      interval: 'month',
      stack: 'topic',
      map: 'stance',
      focus: 'iom',
      depth: 2,
      edges: 'memberships',
    });
  });

  it('falls back to defaults with a named issue for each bad view value', () => {
    const { view, issues } = parse('page=0&interval=week&map=satellite&focus=nobody&depth=3');
    expect(view).toEqual(DEFAULT_VIEW);
    expect(issues.map((i) => i.param)).toEqual(['page', 'interval', 'map', 'depth', 'focus']);
  });

  it('writes a canonical, versioned address that reads back to the same state', () => {
    const filter = { ...EMPTY_FILTER, country: ['VNM'], kind: ['meeting' as const] };
    const view = { ...DEFAULT_VIEW, map: 'stance' as const, focus: 'VNM', page: 2 };
    const qs = locationQuery(filter, view);
    expect(qs).toBe('v=1&country=VNM&kind=meeting&page=2&map=stance&focus=VNM');
    expect(parse(qs)).toEqual({ filter, view, issues: [] });
  });

  it('writes nothing for the default view', () => {
    expect(locationQuery(EMPTY_FILTER, DEFAULT_VIEW)).toBe('');
  });
});
