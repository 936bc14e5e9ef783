// The timeline's model: API buckets → a continuous run of periods (empty ones filled with zeros), the
// series stacked on them, the year-only bands, and the one-sentence summary. No pixels here.
import { stack as d3stack } from 'd3';
import type { TimelineBucket, TimelineResponse, TimelineStack } from '@/lib/domain/api';
import { formatNumber, formatPartialDate } from '@/lib/i18n/format';
import { KIND_COLORS, OKABE_ITO } from '../shared/palette';

export type Interval = TimelineResponse['interval'];

export interface Period {
  /** YYYY or YYYY-MM: the value a filter takes for this period. */
  key: string;
  year: number;
  month: number | null;
  /** Records in the period (a record with several topics counts once). */
  count: number;
  /** Per series key; absent keys are zero. */
  values: Record<string, number>;
}

export interface Series {
  key: string;
  /** kind or topic ids name themselves; `other` groups the smaller topics, `none` has no topic. */
  group: 'kind' | 'topic' | 'other' | 'none';
  total: number;
  color: string;
}

/** Records dated only to a year, at month interval: drawn across the year's months, never as January. */
export interface YearOnlyBand {
  year: number;
  count: number;
  values: Record<string, number>;
  /** Period indices of the band's first and last month. */
  first: number;
  last: number;
}

export interface TimelineModel {
  interval: Interval;
  stack: TimelineStack;
  total: number;
  periods: Period[];
  /** Bottom to top. */
  series: Series[];
  /** Per series (same order), [y0, y1] per period. */
  stacked: Array<{ key: string; points: Array<[number, number]> }>;
  yearOnly: YearOnlyBand[];
  /** Height of the tallest stack. */
  max: number;
  /** The period with most records (earliest on a tie). */
  busiest: { key: string; count: number } | null;
  /** Earliest and latest data, as YYYY or YYYY-MM (a year when year-only records reach further). */
  first: string | null;
  last: string | null;
}

export const NO_TOPIC = 'none';
export const OTHER_TOPICS = 'other';
/** Topics beyond what the palette can tell apart are grouped as "other topics". */
const TOPIC_COLORS = OKABE_ITO;
const NONE_COLOR = '#BDBDBD';
const OTHER_COLOR = '#8C8C8C';

/** Ordinal of a period: years count in years, months in months since year 0. */
function ordinal(interval: Interval, year: number, month: number | null): number {
  return interval === 'year' ? year : year * 12 + (month ?? 1) - 1;
}

function periodAt(interval: Interval, ord: number): Pick<Period, 'key' | 'year' | 'month'> {
  if (interval === 'year') return { key: String(ord), year: ord, month: null };
  const year = Math.floor(ord / 12);
  const month = (ord % 12) + 1;
  return { key: `${year}-${String(month).padStart(2, '0')}`, year, month };
}

function parseKey(key: string): { year: number; month: number | null } {
  return { year: Number(key.slice(0, 4)), month: key.length > 4 ? Number(key.slice(5, 7)) : null };
}

function rawValues(b: TimelineBucket, stack: TimelineStack): Record<string, number> {
  if (stack === 'topic') return b.byTopic ?? {};
  return b.byKind as Record<string, number>;
}

/** Series keys, bottom to top: biggest first, then by id; the catch-alls (other, none) on top. */
function buildSeries(
  buckets: TimelineBucket[],
  stack: TimelineStack,
): { series: Series[]; keyOf: (raw: string) => string } {
  const totals = new Map<string, number>();
  for (const b of buckets)
    for (const [k, n] of Object.entries(rawValues(b, stack))) totals.set(k, (totals.get(k) ?? 0) + n);
  const byTotal = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  if (stack === 'kind') {
    const series = [...totals].sort(byTotal).map(
      ([key, total]): Series => ({
        key,
        group: 'kind',
        total,
        color: KIND_COLORS[key as keyof typeof KIND_COLORS] ?? OTHER_COLOR,
      }),
    );
    return { series, keyOf: (k) => k };
  }
  const named = [...totals].filter(([k]) => k !== NO_TOPIC).sort(byTotal);
  const keep = named.length <= TOPIC_COLORS.length ? named : named.slice(0, TOPIC_COLORS.length - 1);
  const kept = new Set(keep.map(([k]) => k));
  const series: Series[] = keep.map(([key, total], i) => ({
    key,
    group: 'topic',
    total,
    color: TOPIC_COLORS[i]!,
  }));
  const otherTotal = named.filter(([k]) => !kept.has(k)).reduce((s, [, n]) => s + n, 0);
  if (otherTotal > 0)
    series.push({ key: OTHER_TOPICS, group: 'other', total: otherTotal, color: OTHER_COLOR });
  const noneTotal = totals.get(NO_TOPIC) ?? 0;
  if (noneTotal > 0) series.push({ key: NO_TOPIC, group: 'none', total: noneTotal, color: NONE_COLOR });
  return { series, keyOf: (k) => (k === NO_TOPIC || kept.has(k) ? k : OTHER_TOPICS) };
}

function groupValues(raw: Record<string, number>, keyOf: (k: string) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(raw)) {
    const key = keyOf(k);
    out[key] = (out[key] ?? 0) + n;
  }
  return out;
}

export function buildTimelineModel(data: TimelineResponse): TimelineModel {
  const { interval } = data;
  const stack = data.stack ?? 'kind';
  const all = [...data.buckets, ...data.yearOnly];
  const { series, keyOf } = buildSeries(all, stack);
  const yearOnlyRaw = interval === 'month' ? data.yearOnly : [];

  // The run of periods: from the earliest to the latest bucket, widened to whole years where year-only
  // records need their band.
  const ords = data.buckets.map((b) => {
    const { year, month } = parseKey(b.start);
    return ordinal(interval, year, month);
  });
  for (const b of yearOnlyRaw) {
    const year = Number(b.start);
    ords.push(ordinal(interval, year, 1), ordinal(interval, year, 12));
  }
  const periods: Period[] = [];
  if (ords.length) {
    const lo = Math.min(...ords);
    const hi = Math.max(...ords);
    const byOrd = new Map(data.buckets.map((b, i) => [ords[i]!, b]));
    for (let o = lo; o <= hi; o++) {
      const b = byOrd.get(o);
      periods.push({
        ...periodAt(interval, o),
        count: b?.count ?? 0,
        values: b ? groupValues(rawValues(b, stack), keyOf) : {},
      });
    }
  }
  const start = periods[0] ? ordinal(interval, periods[0].year, periods[0].month) : 0;

  const yearOnly: YearOnlyBand[] = yearOnlyRaw.map((b) => {
    const year = Number(b.start);
    return {
      year,
      count: b.count,
      values: groupValues(rawValues(b, stack), keyOf),
      first: ordinal(interval, year, 1) - start,
      last: ordinal(interval, year, 12) - start,
    };
  });

  const keys = series.map((s) => s.key);
  const stacked = d3stack<Period, string>()
    .keys(keys)
    .value((p, key) => p.values[key] ?? 0)(periods)
    .map((layer, i) => ({ key: keys[i]!, points: layer.map((pt): [number, number] => [pt[0], pt[1]]) }));
  const max = Math.max(0, ...periods.map((p) => keys.reduce((s, k) => s + (p.values[k] ?? 0), 0)));

  let busiest: TimelineModel['busiest'] = null;
  for (const p of periods) if (p.count > (busiest?.count ?? 0)) busiest = { key: p.key, count: p.count };
  if (!busiest)
    for (const b of yearOnly)
      if (b.count > (busiest?.count ?? 0)) busiest = { key: String(b.year), count: b.count };

  const withData = periods.filter((p) => p.count > 0);
  let first: string | null = withData[0]?.key ?? null;
  let last: string | null = withData.at(-1)?.key ?? null;
  const yo0 = yearOnly[0];
  const yo1 = yearOnly.at(-1);
  // A year-only record may fall anywhere in its year: it makes the whole year the bound.
  if (yo0 && (first === null || yo0.year <= Number(first.slice(0, 4)))) first = String(yo0.year);
  if (yo1 && (last === null || yo1.year >= Number(last.slice(0, 4)))) last = String(yo1.year);

  return {
    interval,
    stack,
    total: data.total,
    periods,
    series,
    stacked,
    yearOnly,
    max,
    busiest,
    first,
    last,
  };
}

/** Period index holding a day (YYYY-MM-DD), clamped to the run of periods. */
export function indexOfDay(model: TimelineModel, day: string): number {
  const p0 = model.periods[0];
  if (!p0) return 0;
  const { year, month } = parseKey(day);
  const i = ordinal(model.interval, year, month) - ordinal(model.interval, p0.year, p0.month);
  return Math.min(model.periods.length - 1, Math.max(0, i));
}

export type SummaryKey = 'summaryEmpty' | 'summaryOne' | 'summaryRange' | 'summaryEven';
export type SummaryTranslate = (key: SummaryKey, values?: Record<string, string | number>) => string;

/** "31 records from 1967 to 2025; most in 2018 (4)." in the page's language. */
export function summarise(model: TimelineModel, locale: string, t: SummaryTranslate): string {
  const { total, first, last, busiest } = model;
  if (total === 0 || first === null || last === null || busiest === null) return t('summaryEmpty');
  const fmt = (key: string) => formatPartialDate(key, locale);
  if (first === last) return t('summaryOne', { count: total, period: fmt(first) });
  if (busiest.count === 1) {
    return t('summaryEven', { count: total, from: fmt(first), to: fmt(last), interval: model.interval });
  }
  return t('summaryRange', {
    count: total,
    from: fmt(first),
    to: fmt(last),
    busiest: fmt(busiest.key),
    busiestCount: formatNumber(busiest.count, locale),
  });
}

export interface TableRow {
  key: string;
  /** A period, or the records of a year dated only to that year. */
  yearOnly: boolean;
  count: number;
  values: Record<string, number>;
}

/** Rows of the data table: periods that hold records, each year's year-only row before its months. */
export function tableRows(model: TimelineModel): TableRow[] {
  const rows: TableRow[] = [];
  const bands = new Map(model.yearOnly.map((b) => [b.year, b]));
  for (const p of model.periods) {
    const band = bands.get(p.year);
    if (band && p.month === 1)
      rows.push({ key: String(band.year), yearOnly: true, count: band.count, values: band.values });
    if (p.count > 0) rows.push({ key: p.key, yearOnly: false, count: p.count, values: p.values });
  }
  return rows;
}
