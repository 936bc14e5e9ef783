import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import type { NetworkResponse } from '@/lib/domain/api';
import { MESSAGES } from '@/lib/i18n/messages';
import {
  betweenness,
  buildModel,
  degreeOf,
  focusCaption,
  focusCentrality,
  mostConnected,
  networkSummary,
  type Translate,
} from './model';
import { SAMPLE } from './fixture';

const tr = (locale: 'en' | 'fr') =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: 'network' }) as unknown as Translate;
const e = (source: string, target: string, weight = 1) => ({ source, target, weight });

describe('betweenness', () => {
  it('gives the middle of a path all the shortest paths between the others', () => {
    const b = betweenness(['a', 'b', 'c', 'd'], [e('a', 'b'), e('b', 'c'), e('c', 'd')]);
    // b lies on a–c and a–d (2 of the 3 pairs not involving it); the ends on none.
    expect(b.get('a')).toBe(0);
    expect(b.get('b')).toBeCloseTo(2 / 3);
    expect(b.get('c')).toBeCloseTo(2 / 3);
    expect(b.get('d')).toBe(0);
  });

  it('gives the centre of a star 1 and the leaves 0', () => {
    const b = betweenness(
      ['hub', 'x', 'y', 'z', 'w'],
      ['x', 'y', 'z', 'w'].map((l) => e('hub', l)),
    );
    expect(b.get('hub')).toBe(1);
    expect(['x', 'y', 'z', 'w'].map((l) => b.get(l))).toEqual([0, 0, 0, 0]);
  });

  it('splits paths evenly between two equal routes (a square)', () => {
    // a–b–d and a–c–d are both shortest: b and c each carry half of the a–d path.
    const b = betweenness(['a', 'b', 'c', 'd'], [e('a', 'b'), e('a', 'c'), e('b', 'd'), e('c', 'd')]);
    expect(b.get('b')).toBeCloseTo(0.5 / 3);
    expect(b.get('a')).toBeCloseTo(0.5 / 3);
  });

  it('ignores edges to unknown nodes and self-loops', () => {
    const b = betweenness(['a', 'b', 'c'], [e('a', 'b'), e('b', 'c'), e('b', 'zz'), e('a', 'a')]);
    expect(b.get('b')).toBe(1);
  });
});

describe('buildModel', () => {
  it('counts partners from the edges and steps from the focus', () => {
    const m = buildModel(SAMPLE, 'VNM');
    expect(degreeOf(m, 'VNM')).toBe(5);
    expect(degreeOf(m, 'THA')).toBe(3);
    expect(m.hops.get('VNM')).toBe(0);
    expect(m.hops.get('iom')).toBe(1);
    expect(m.hops.get('PHL')).toBe(2);
    expect(mostConnected(m)!.id).toBe('VNM');
  });

  it('ignores a focus that is not among the nodes', () => {
    const m = buildModel(SAMPLE, 'FRA');
    expect(m.focus).toBeNull();
    expect(m.hops.size).toBe(0);
  });
});

describe('networkSummary', () => {
  it('names the actor with the most partners, in English and French', () => {
    const m = buildModel({ ...SAMPLE, focus: null, depth: null }, null);
    expect(networkSummary(m, tr('en'), 'en')).toBe(
      '8 actors linked by 10 ties (shared records); Viet Nam has the most partners (5).',
    );
    expect(networkSummary(m, tr('fr'), 'fr')).toBe(
      '8 acteurs reliés par 10 liens (fiches partagées) ; le plus de partenaires : Viet Nam (5).',
    );
  });

  it('describes an ego network by its rings', () => {
    const m = buildModel(SAMPLE, 'VNM');
    expect(networkSummary(m, tr('en'), 'en')).toBe(
      'Viet Nam, its 5 direct partners and 2 actors two steps away (shared records).',
    );
    const one = buildModel(
      { ...SAMPLE, edges: SAMPLE.edges.filter((x) => x.source === 'VNM' || x.target === 'VNM') },
      'VNM',
    );
    expect(networkSummary(one, tr('en'), 'en')).toBe('Viet Nam and its 5 direct partners (shared records).');
    expect(networkSummary({ ...one, measure: 'memberships' }, tr('fr'), 'fr')).toBe(
      'Viet Nam : 5 partenaires directs (appartenances communes).',
    );
  });

  it('groups thousands the way each language does', () => {
    const big: NetworkResponse = {
      ...SAMPLE,
      focus: null,
      nodes: Array.from({ length: 1200 }, (_, i) => ({
        id: `n${i}`,
        kind: 'state' as const,
        label: `N${i}`,
        name: `Node ${i}`,
        degree: 0,
        records: 1,
      })),
      edges: [],
    };
    expect(networkSummary(buildModel(big, null), tr('en'), 'en')).toBe(
      '1,200 actors, with no ties between them.',
    );
    // French groups with a narrow no-break space.
    expect(networkSummary(buildModel(big, null), tr('fr'), 'fr')).toBe(
      '1\u202f200 acteurs, sans lien entre eux.',
    );
  });

  it('says when there is nothing to show', () => {
    const m = buildModel({ ...SAMPLE, nodes: [], edges: [] }, null);
    expect(networkSummary(m, tr('en'), 'en')).toBe('No ties to show for these filters.');
  });
});

describe('focusCaption', () => {
  const kind = (k: string) => (k === 'state' ? 'State or territory' : k);
  it('gives the focus its partners and betweenness, with the decimal sign of the language', () => {
    const m = buildModel(SAMPLE, 'VNM');
    const c = focusCentrality(m, 'VNM');
    expect(c).toBeCloseTo(0.524, 3);
    expect(focusCaption(m, 'VNM', c, tr('en'), kind, 'en')).toBe(
      'Viet Nam (State or territory): 5 partners, betweenness centrality 0.52.',
    );
    expect(focusCaption(m, 'VNM', c, tr('fr'), () => 'État ou territoire', 'fr')).toBe(
      'Viet Nam (État ou territoire) : 5 partenaires, centralité d’intermédiarité 0,52.',
    );
  });
  it('leaves betweenness out when it was too costly to compute', () => {
    const m = buildModel(SAMPLE, 'VNM');
    expect(focusCaption(m, 'VNM', null, tr('en'), kind, 'en')).toBe(
      'Viet Nam (State or territory): 5 partners.',
    );
  });
});
