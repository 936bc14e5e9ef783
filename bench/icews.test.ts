import { describe, expect, it } from 'vitest';
import { benchActorId, countryIndex, icewsKind, parseIcews, qualifier } from './icews';

describe('ICEWS sample for the benchmark', () => {
  it('reads source, event, target and day, and skips malformed lines', () => {
    const { rows, skipped } = parseIcews(
      'Japan\tMake a visit\tThailand\t2014-09-22\r\n\nbroken line\nChina\tConsult\tIran\t2014-13\n',
    );
    expect(rows).toEqual([
      { source: 'Japan', event: 'Make a visit', target: 'Thailand', date: '2014-09-22' },
    ]);
    expect(skipped).toBe(2);
  });

  it('maps CAMEO verbs to the nearest record kind, the rest to statement', () => {
    expect(icewsKind('Sign formal agreement')).toBe('agreement');
    expect(icewsKind('Express intent to meet or negotiate')).toBe('pledge');
    expect(icewsKind('Consult')).toBe('meeting');
    expect(icewsKind('Host a visit')).toBe('meeting');
    expect(icewsKind('Provide humanitarian aid')).toBe('funding');
    expect(icewsKind('Engage in diplomatic cooperation')).toBe('programme');
    expect(icewsKind('Use conventional military force')).toBe('statement');
  });

  it('matches country names and aliases folded, and drops names two states share', () => {
    const index = countryIndex([
      { actorId: 'KOR', name: 'Republic of Korea' },
      { actorId: 'KOR', name: 'South Korea' },
      { actorId: 'CIV', name: "Côte d'Ivoire" },
      { actorId: 'COD', name: 'Congo' },
      { actorId: 'COG', name: 'Congo' },
    ]);
    expect(index.get('south korea')).toBe('KOR');
    expect(index.get("cote d'ivoire")).toBe('CIV');
    expect(index.has('congo')).toBe(false);
  });

  it('gives bench-only actors ids that cannot be real ones and never repeat', () => {
    const taken = new Set(['AUS']);
    const a = benchActorId('Police (Australia)', taken);
    const b = benchActorId('Police / Australia', taken);
    expect(a).toBe('icews-police-australia');
    expect(b).toBe('icews-police-australia-2');
    expect(qualifier('Police (Australia)')).toBe('Australia');
    expect(qualifier('Barack Obama')).toBeNull();
  });
});
