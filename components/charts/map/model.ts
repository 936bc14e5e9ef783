// World map model: API data → one datum per boundary shape, the legend classes, the table rows and the
// numbers the summary sentence needs. No pixels, no text (the chart translates the keys).
import { scaleThreshold } from 'd3';
import type { MapResponse } from '@/lib/domain/api';
import { NO_DATA_FILL, SEQUENTIAL, STANCE_COLORS } from '../shared/palette';

export type MapMode = 'records' | 'stance';

/** A state offered by the filter options; `isoNumeric` joins it to a boundary shape. */
export interface MapCountry {
  id: string;
  name: string;
  isoNumeric: string | null;
}

/** What the model needs of a boundary shape: its ISO numeric id (absent for Kosovo, Somaliland...). */
export interface ShapeRef {
  id?: string | undefined;
  name: string;
}

export const VOTE_POSITIONS = ['yes', 'no', 'abstain', 'not_recorded'] as const;
export type VotePosition = (typeof VOTE_POSITIONS)[number];
/** Vote positions plus states outside the vote (not UN members: Taiwan, Western Sahara, territories). */
export type StanceCategory = VotePosition | 'non_member';
export const STANCE_CATEGORIES: readonly StanceCategory[] = [...VOTE_POSITIONS, 'non_member'];

/** Sentinel fill the marks replace by the hatch pattern: shapes we know nothing about. */
export const HATCH = 'hatch';
/** States with no records in the selection: part of the scale, lighter than its first class. */
export const ZERO_FILL = SEQUENTIAL[0];
/** Outside the vote: lighter than "not recorded" grey, so the two never read as one class. */
export const NON_MEMBER_FILL = '#fbfbfb';
export const STANCE_FILLS: Record<StanceCategory, string> = { ...STANCE_COLORS, non_member: NON_MEMBER_FILL };
export { NO_DATA_FILL };

export interface Bin {
  /** Inclusive bounds. */
  lo: number;
  hi: number;
  color: string;
}

export type ShapeDatum =
  | {
      key: string;
      kind: 'state';
      iso3: string;
      name: string;
      count: number;
      stance: StanceCategory;
      fill: string;
      /** Reachable with the arrow keys: has records (records mode) or a vote (stance mode). */
      navigable: boolean;
    }
  | { key: string; kind: 'no-data'; iso3: null; name: string; fill: typeof HATCH; navigable: false };

export type LegendItem =
  | { kind: 'bin'; lo: number; hi: number; fill: string }
  | { kind: 'zero'; fill: string }
  | { kind: 'stance'; category: StanceCategory; fill: string; count: number }
  | { kind: 'no-data'; fill: typeof HATCH };

export interface TableRow {
  iso3: string;
  name: string;
  count: number;
  stance: StanceCategory;
  /** False when the 1:110m boundaries have no shape for it (most small island states). */
  onMap: boolean;
}

export interface MapModel {
  mode: MapMode;
  shapes: ShapeDatum[];
  legend: LegendItem[];
  rows: TableRow[];
  /** States with at least one record, and the ones with the most. */
  statesWithRecords: number;
  max: number;
  top: string[];
  stanceTotals: Record<StanceCategory, number>;
}

/** Stable React key and DOM hook of a shape: its ISO numeric id, or its name when it has none. */
export const shapeKey = (s: ShapeRef) => s.id ?? `name:${s.name}`;

/** Round in log space to 1, 2, 3 or 5 × 10ⁿ: the steps a reader takes in at a glance. */
function niceRound(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  const steps = [1, 2, 3, 5, 10].map((s) => s * p);
  let best = steps[0]!;
  for (const s of steps) if (Math.abs(Math.log(s / x)) < Math.abs(Math.log(best / x))) best = s;
  return best;
}

/**
 * Up to five classes for counts ≥ 1. Counts are heavily skewed (most states appear in one or two
 * records, a few in dozens), so the upper bounds grow geometrically: 1, max^¼, max^½, max^¾, max,
 * rounded to nice integers. "1" is always a class of its own; the last class ends at the real maximum.
 * E.g. max 120 → 1 | 2–3 | 4–10 | 11–30 | 31–120.
 */
export function niceBins(max: number): Bin[] {
  if (max < 1) return [];
  const uppers =
    max <= 5
      ? Array.from({ length: max }, (_, i) => i + 1)
      : [1, ...[0.25, 0.5, 0.75].map((e) => niceRound(max ** e)), max].filter(
          (u, i, all) => i === 0 || (u > all[i - 1]! && (u < max || i === all.length - 1)),
        );
  // Spread the classes over the ramp's darker five colours (the lightest is kept for zero).
  const n = uppers.length;
  const ramp = SEQUENTIAL.slice(1);
  return uppers.map((hi, i) => ({
    lo: i === 0 ? 1 : uppers[i - 1]! + 1,
    hi,
    color: ramp[n === 1 ? 2 : Math.round((i * (ramp.length - 1)) / (n - 1))]!,
  }));
}

/** A count's fill: threshold scale over the bins' lower bounds (zero is handled apart). */
export function binScale(bins: Bin[]) {
  return scaleThreshold<number, string>()
    .domain(bins.slice(1).map((b) => b.lo))
    .range(bins.map((b) => b.color));
}

function stanceOf(position: string | undefined): StanceCategory {
  if (position === undefined) return 'non_member';
  // A position outside the vote's vocabulary (e.g. "champion") says nothing about the vote.
  return (VOTE_POSITIONS as readonly string[]).includes(position)
    ? (position as VotePosition)
    : 'not_recorded';
}

export interface MapModelInput {
  mode: MapMode;
  counts: MapResponse;
  countries: MapCountry[];
  stances?: Array<{ iso3: string; position: string }> | undefined;
  shapes: ShapeRef[];
  locale: string;
}

export function buildMapModel({ mode, counts, countries, stances, shapes, locale }: MapModelInput): MapModel {
  const byNumeric = new Map(countries.flatMap((c) => (c.isoNumeric ? [[c.isoNumeric, c] as const] : [])));
  const byIso3 = new Map(countries.map((c) => [c.id, c]));
  const countOf = new Map(counts.countries.map((c) => [c.iso3, c.count]));
  const stanceByIso3 = new Map((stances ?? []).map((s) => [s.iso3, stanceOf(s.position)]));
  const max = Math.max(0, ...counts.countries.map((c) => c.count));
  const bins = niceBins(max);
  const scale = binScale(bins);

  const data: ShapeDatum[] = shapes.map((s) => {
    const key = shapeKey(s);
    const country = s.id === undefined ? undefined : byNumeric.get(s.id);
    if (!country) return { key, kind: 'no-data', iso3: null, name: s.name, fill: HATCH, navigable: false };
    const count = countOf.get(country.id) ?? 0;
    const stance = stanceByIso3.get(country.id) ?? 'non_member';
    const fill = mode === 'records' ? (count > 0 ? scale(count) : ZERO_FILL) : STANCE_FILLS[stance];
    const navigable = mode === 'records' ? count > 0 : stance !== 'non_member';
    return { key, kind: 'state', iso3: country.id, name: country.name, count, stance, fill, navigable };
  });

  const stanceTotals = Object.fromEntries(STANCE_CATEGORIES.map((c) => [c, 0])) as Record<
    StanceCategory,
    number
  >;
  for (const c of stanceByIso3.values()) stanceTotals[c] += 1;
  stanceTotals.non_member = countries.filter((c) => !stanceByIso3.has(c.id)).length;

  const drawn = new Set(data.flatMap((d) => (d.kind === 'state' ? [d.iso3] : [])));
  const nameOf = (iso3: string) => byIso3.get(iso3)?.name ?? iso3;
  const collator = new Intl.Collator(locale);
  const row = (iso3: string): TableRow => ({
    iso3,
    name: nameOf(iso3),
    count: countOf.get(iso3) ?? 0,
    stance: stanceByIso3.get(iso3) ?? 'non_member',
    onMap: drawn.has(iso3),
  });
  const rows =
    mode === 'records'
      ? counts.countries
          .filter((c) => c.count > 0)
          .map((c) => row(c.iso3))
          .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
      : [...stanceByIso3.keys()].map(row).sort((a, b) => collator.compare(a.name, b.name));

  const withRecords = counts.countries.filter((c) => c.count > 0);
  const top = withRecords
    .filter((c) => c.count === max)
    .map((c) => nameOf(c.iso3))
    .sort(collator.compare);

  const hasNoData = data.some((d) => d.kind === 'no-data');
  const legend: LegendItem[] =
    mode === 'records'
      ? [
          { kind: 'zero', fill: ZERO_FILL },
          ...bins.map((b): LegendItem => ({ kind: 'bin', lo: b.lo, hi: b.hi, fill: b.color })),
        ]
      : STANCE_CATEGORIES.map((category) => ({
          kind: 'stance',
          category,
          fill: STANCE_FILLS[category],
          count: stanceTotals[category],
        }));
  if (hasNoData) legend.push({ kind: 'no-data', fill: HATCH });

  return { mode, shapes: data, legend, rows, statesWithRecords: withRecords.length, max, top, stanceTotals };
}
