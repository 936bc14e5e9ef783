import { describe, expect, it } from 'vitest';
import { SEQUENTIAL, STANCE_COLORS } from '../shared/palette';
import {
  binScale,
  buildMapModel,
  HATCH,
  niceBins,
  NON_MEMBER_FILL,
  ZERO_FILL,
  type MapModelInput,
} from './model';

const ranges = (max: number) => niceBins(max).map((b) => (b.lo === b.hi ? `${b.lo}` : `${b.lo}–${b.hi}`));

describe('niceBins', () => {
  it('gives skewed counts nice, geometrically growing classes ending at the maximum', () => {
    expect(ranges(120)).toEqual(['1', '2–3', '4–10', '11–30', '31–120']);
    expect(ranges(1000)).toEqual(['1', '2–5', '6–30', '31–200', '201–1000']);
    expect(ranges(7)).toEqual(['1', '2', '3', '4–5', '6–7']);
  });

  it('gives each count its own class when there are at most five', () => {
    expect(ranges(1)).toEqual(['1']);
    expect(ranges(3)).toEqual(['1', '2', '3']);
    expect(ranges(5)).toEqual(['1', '2', '3', '4', '5']);
    expect(niceBins(0)).toEqual([]);
  });

  it('covers every count from 1 to the maximum exactly once, in at most five classes', () => {
    for (let max = 1; max <= 2000; max += max < 60 ? 1 : 37) {
      const bins = niceBins(max);
      expect(bins.length).toBeLessThanOrEqual(5);
      expect(bins[0]!.lo).toBe(1);
      expect(bins.at(-1)!.hi).toBe(max);
      bins.slice(1).forEach((b, i) => expect(b.lo).toBe(bins[i]!.hi + 1));
      bins.forEach((b) => expect(b.hi).toBeGreaterThanOrEqual(b.lo));
    }
  });

  it('keeps the lightest colour for zero and ends on the darkest', () => {
    const colors = niceBins(120).map((b) => b.color);
    expect(colors).toEqual(SEQUENTIAL.slice(1));
    expect(colors).not.toContain(ZERO_FILL);
    expect(niceBins(2).map((b) => b.color)).toEqual([SEQUENTIAL[1], SEQUENTIAL[5]]);
  });

  it('colours a count by the class that contains it', () => {
    const bins = niceBins(120);
    const scale = binScale(bins);
    expect(scale(1)).toBe(bins[0]!.color);
    expect(scale(3)).toBe(bins[1]!.color);
    expect(scale(4)).toBe(bins[2]!.color);
    expect(scale(120)).toBe(bins[4]!.color);
  });
});

const countries = [
  { id: 'VNM', name: 'Viet Nam', isoNumeric: '704' },
  { id: 'THA', name: 'Thailand', isoNumeric: '764' },
  { id: 'FRA', name: 'France', isoNumeric: '250' },
  { id: 'TWN', name: 'Taiwan', isoNumeric: '158' },
  { id: 'HUN', name: 'Hungary', isoNumeric: '348' },
  { id: 'TUV', name: 'Tuvalu', isoNumeric: '798' },
];
const shapes = [
  { id: '704', name: 'Vietnam' },
  { id: '764', name: 'Thailand' },
  { id: '250', name: 'France' },
  { id: '158', name: 'Taiwan' },
  { id: '348', name: 'Hungary' },
  { id: '999', name: 'Nowhere' },
  { name: 'Kosovo' },
  { name: 'Somaliland' },
];
const input = (patch: Partial<MapModelInput> = {}): MapModelInput => ({
  mode: 'records',
  counts: {
    total: 9,
    countries: [
      { iso3: 'VNM', count: 7 },
      { iso3: 'TUV', count: 2 },
      { iso3: 'THA', count: 1 },
    ],
  },
  countries,
  stances: [
    { iso3: 'VNM', position: 'yes' },
    { iso3: 'HUN', position: 'no' },
    { iso3: 'THA', position: 'abstain' },
    { iso3: 'FRA', position: 'not_recorded' },
    { iso3: 'TUV', position: 'yes' },
  ],
  shapes,
  locale: 'en',
  ...patch,
});
const byName = (m: ReturnType<typeof buildMapModel>) => new Map(m.shapes.map((s) => [s.name, s]));

describe('buildMapModel, records', () => {
  const model = buildMapModel(input());
  const s = byName(model);

  it('joins shapes to states by ISO numeric code and names them in the page language', () => {
    expect(s.get('Viet Nam')).toMatchObject({ kind: 'state', iso3: 'VNM', count: 7, key: '704' });
    expect(model.shapes.map((d) => d.name)).toContain('Viet Nam');
  });

  it('tells a state with no records apart from a shape with no data', () => {
    expect(s.get('France')).toMatchObject({ kind: 'state', count: 0, fill: ZERO_FILL, navigable: false });
    for (const name of ['Kosovo', 'Somaliland', 'Nowhere'])
      expect(s.get(name)).toMatchObject({ kind: 'no-data', iso3: null, fill: HATCH, navigable: false });
    expect(s.get('Kosovo')!.key).toBe('name:Kosovo');
    expect(model.legend.map((l) => l.kind)).toEqual(['zero', 'bin', 'bin', 'bin', 'bin', 'bin', 'no-data']);
  });

  it('lets the keyboard reach only states with records', () => {
    expect(model.shapes.filter((d) => d.navigable).map((d) => d.name)).toEqual(['Viet Nam', 'Thailand']);
  });

  it('lists states with records, most first, flagging those the map cannot draw', () => {
    expect(model.rows.map((r) => [r.name, r.count, r.onMap])).toEqual([
      ['Viet Nam', 7, true],
      ['Tuvalu', 2, false],
      ['Thailand', 1, true],
    ]);
    expect(model).toMatchObject({ statesWithRecords: 3, max: 7, top: ['Viet Nam'] });
  });

  it('names every state sharing the maximum', () => {
    const tie = buildMapModel(
      input({
        counts: {
          total: 2,
          countries: [
            { iso3: 'THA', count: 2 },
            { iso3: 'VNM', count: 2 },
          ],
        },
      }),
    );
    expect(tie.top).toEqual(['Thailand', 'Viet Nam']);
  });

  it('has no legend classes when nothing matches', () => {
    const none = buildMapModel(input({ counts: { total: 0, countries: [] } }));
    expect(none.statesWithRecords).toBe(0);
    expect(none.legend.map((l) => l.kind)).toEqual(['zero', 'no-data']);
    expect(none.shapes.every((d) => !d.navigable)).toBe(true);
  });
});

describe('buildMapModel, stance', () => {
  const model = buildMapModel(input({ mode: 'stance' }));
  const s = byName(model);

  it('colours states by their vote, and states outside the vote apart from "not recorded"', () => {
    expect(s.get('Viet Nam')).toMatchObject({ stance: 'yes', fill: STANCE_COLORS.yes });
    expect(s.get('Hungary')).toMatchObject({ stance: 'no', fill: STANCE_COLORS.no });
    expect(s.get('Thailand')).toMatchObject({ stance: 'abstain', fill: STANCE_COLORS.abstain });
    expect(s.get('France')).toMatchObject({ stance: 'not_recorded', fill: STANCE_COLORS.not_recorded });
    expect(s.get('Taiwan')).toMatchObject({ stance: 'non_member', fill: NON_MEMBER_FILL, navigable: false });
    expect(NON_MEMBER_FILL).not.toBe(STANCE_COLORS.not_recorded);
    expect(s.get('Kosovo')).toMatchObject({ kind: 'no-data', fill: HATCH });
  });

  it('counts every category in the legend, non-members included', () => {
    expect(model.stanceTotals).toEqual({ yes: 2, no: 1, abstain: 1, not_recorded: 1, non_member: 1 });
    expect(model.legend.map((l) => (l.kind === 'stance' ? `${l.category} ${l.count}` : l.kind))).toEqual([
      'yes 2',
      'no 1',
      'abstain 1',
      'not_recorded 1',
      'non_member 1',
      'no-data',
    ]);
  });

  it('lists the voters by name, with their vote', () => {
    expect(model.rows.map((r) => `${r.name}: ${r.stance}`)).toEqual([
      'France: not_recorded',
      'Hungary: no',
      'Thailand: abstain',
      'Tuvalu: yes',
      'Viet Nam: yes',
    ]);
  });

  it('reads a position outside the vote vocabulary as "not recorded"', () => {
    const odd = buildMapModel(input({ mode: 'stance', stances: [{ iso3: 'VNM', position: 'champion' }] }));
    expect(byName(odd).get('Viet Nam')).toMatchObject({ stance: 'not_recorded', navigable: true });
  });
});
