import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../domain/filter';
import { filterToSearchParams, parseFilterParams, type FilterVocabulary } from './filter-params';

const vocab: FilterVocabulary = {
  countries: new Set(['VNM', 'CHE', 'FRA']),
  actors: new Set(['VNM', 'CHE', 'FRA', 'iom', 'un', 'asean']),
  blocs: new Set(['asean', 'iom']),
  topics: new Set(['health', 'climate']),
};

const parse = (qs: string, allowed?: string[]) =>
  parseFilterParams(new URLSearchParams(qs), vocab, { allowed });

describe('parseFilterParams', () => {
  it('reads repeated and comma-separated values, normalising case and order', () => {
    const { filter, issues } = parse(
      'country=fra,vnm&country=CHE&actor=IOM&actor=vnm&objective=23,gcm-2&kind=Vote',
    );
    expect(issues).toEqual([]);
    expect(filter.country).toEqual(['CHE', 'FRA', 'VNM']);
    expect(filter.actor).toEqual(['VNM', 'iom']);
    expect(filter.objective).toEqual([2, 23]);
    expect(filter.kind).toEqual(['vote']);
  });

  it('names every unknown value and drops it', () => {
    const { filter, issues } = parse('country=VNM,XXX&topic=nope&objective=24&kind=party&bloc=un');
    expect(filter.country).toEqual(['VNM']);
    expect(filter.topic).toEqual([]);
    expect(issues.map((i) => [i.param, i.value, i.code])).toEqual([
      ['country', 'XXX', 'unknown_value'],
      ['bloc', 'un', 'unknown_value'],
      ['topic', 'nope', 'unknown_value'],
      ['objective', '24', 'unknown_value'],
      ['kind', 'party', 'unknown_value'],
    ]);
  });

  it('rejects unknown parameters unless allowed', () => {
    expect(parse('contry=VNM').issues[0]).toMatchObject({ param: 'contry', code: 'unknown_parameter' });
    expect(parse('page=2', ['page']).issues).toEqual([]);
  });

  it('validates dates and the order of the period', () => {
    expect(parse('from=2018&to=2023-11').filter).toMatchObject({ from: '2018', to: '2023-11' });
    expect(parse('from=2018-02-30').issues[0]).toMatchObject({ param: 'from', code: 'malformed' });
    const reversed = parse('from=2024&to=2019');
    expect(reversed.issues[0]).toMatchObject({ param: 'to', code: 'range' });
    expect(reversed.filter.to).toBeNull();
    // the same year on both ends is a valid one-year period
    expect(parse('from=2018&to=2018').issues).toEqual([]);
  });

  it('limits the number of values and the query length', () => {
    const many = Array.from({ length: 60 }, () => 'VNM').join(',');
    expect(parse(`country=${many}`).issues[0]?.code).toBe('too_many_values');
    const long = parse(`q=${'a'.repeat(300)}`);
    expect(long.issues[0]?.code).toBe('too_long');
    expect(long.filter.q).toHaveLength(200);
  });

  it('flags links from a newer URL format but still reads them', () => {
    const r = parse('v=9&country=VNM');
    expect(r.issues[0]?.code).toBe('version');
    expect(r.filter.country).toEqual(['VNM']);
  });

  it('accepts Next.js searchParams objects', () => {
    const r = parseFilterParams({ country: ['VNM', 'CHE'], q: ' Genève ' }, vocab);
    expect(r.filter).toMatchObject({ country: ['CHE', 'VNM'], q: 'Genève' });
  });
});

describe('filterToSearchParams', () => {
  it('round-trips through the parser in canonical form', () => {
    const { filter } = parse('q=geneve&kind=vote,meeting&country=VNM,CHE&from=2018&v=1');
    const qs = filterToSearchParams(filter, { version: true }).toString();
    expect(qs).toBe('v=1&country=CHE%2CVNM&kind=meeting%2Cvote&from=2018&q=geneve');
    expect(parse(qs).filter).toEqual(filter);
  });

  it('writes nothing for the empty filter', () => {
    expect(filterToSearchParams(EMPTY_FILTER).toString()).toBe('');
  });
});

describe('canonical addresses', () => {
  it('write values in sorted order whatever order they were added in', () => {
    const f = { ...EMPTY_FILTER, country: ['VNM', 'THA'], objective: [23, 2, 10] };
    expect(filterToSearchParams(f).toString()).toBe('country=THA%2CVNM&objective=2%2C10%2C23');
  });
});
