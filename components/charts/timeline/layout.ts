// The timeline's layout: model + width → placed marks. A band scale over the periods (each period owns
// a column of width `step`, bars sit centred in it), a linear count scale, thinned year ticks, and the
// brush's pixels ↔ whole periods.
import { scaleBand, scaleLinear } from 'd3';
import type { TimelineModel } from './model';

/** Width the server lays out at; the viewBox scales it until the client measures the real width. */
export const DEFAULT_WIDTH = 800;
export const HEIGHT = 240;
const MARGIN = { top: 10, right: 14, bottom: 24, left: 34 };
/** The strip above the bars for records dated only to a year. */
const LANE_HEIGHT = 16;
const LANE_GAP = 6;
/** A year label is four digits, about 26 px at the axis font size; keep a gap between labels. */
export const YEAR_LABEL_WIDTH = 28;
export const MIN_LABEL_SPACING = YEAR_LABEL_WIDTH + 10;
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];

export interface Bar {
  series: string;
  period: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

export interface YearOnlyMark {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface XTick {
  /** Where the tick line is drawn (none for a label over a year that starts before the chart). */
  x: number | null;
  /** Centre of the label. */
  labelX: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The year-only strip, when there are year-only records at month interval. */
  lane: { top: number; height: number } | null;
  /** Width of one period's column. */
  step: number;
  bandwidth: number;
  bars: Bar[];
  yearOnly: YearOnlyMark[];
  xTicks: XTick[];
  yTicks: Array<{ y: number; value: number }>;
  /** Years between labelled ticks. */
  yearStep: number;
}

export function layoutTimeline(model: TimelineModel, width: number): TimelineLayout {
  const n = Math.max(1, model.periods.length);
  const lane = model.yearOnly.length ? { top: MARGIN.top, height: LANE_HEIGHT } : null;
  const plot = {
    left: MARGIN.left,
    right: Math.max(MARGIN.left + 1, width - MARGIN.right),
    top: lane ? lane.top + lane.height + LANE_GAP : MARGIN.top,
    bottom: HEIGHT - MARGIN.bottom,
  };
  const rawStep = (plot.right - plot.left) / n;
  // Gaps between bars only where they stay visible; hundreds of thin months are drawn edge to edge.
  const padding = rawStep >= 8 ? 0.2 : rawStep >= 3 ? 0.1 : 0;
  const x = scaleBand<number>()
    .domain(model.periods.map((_, i) => i))
    .range([plot.left, plot.right])
    .paddingInner(padding)
    .paddingOuter(padding / 2);
  const step = x.step();
  const bandwidth = x.bandwidth();
  const y = scaleLinear()
    .domain([0, Math.max(1, model.max)])
    .nice()
    .range([plot.bottom, plot.top]);

  const color = new Map(model.series.map((s) => [s.key, s.color]));
  const bars: Bar[] = [];
  for (const layer of model.stacked)
    layer.points.forEach(([y0, y1], i) => {
      if (y1 <= y0) return;
      bars.push({
        series: layer.key,
        period: i,
        x: x(i) ?? plot.left,
        y: y(y1),
        // Months of a long run can be narrower than a pixel: keep them visible.
        width: Math.max(bandwidth, 0.75),
        height: y(y0) - y(y1),
        fill: color.get(layer.key) ?? '#8C8C8C',
      });
    });

  const yearOnly: YearOnlyMark[] = lane
    ? model.yearOnly.map((b) => ({
        year: b.year,
        count: b.count,
        x: plot.left + b.first * step + Math.min(1, step / 4),
        y: lane.top,
        width: (b.last - b.first + 1) * step - Math.min(2, step / 2),
        height: lane.height,
      }))
    : [];

  const yTicks = y
    .ticks(Math.min(4, Math.max(1, model.max)))
    .filter((v) => Number.isInteger(v))
    .map((value) => ({ y: y(value), value }));

  const { ticks: xTicks, yearStep } = yearTicks(model, plot, step, width);
  return { width, height: HEIGHT, plot, lane, step, bandwidth, bars, yearOnly, xTicks, yTicks, yearStep };
}

/** Year labels, thinned to every 1, 2, 5, 10... years so that no two labels overlap. */
function yearTicks(
  model: TimelineModel,
  plot: TimelineLayout['plot'],
  step: number,
  width: number,
): { ticks: XTick[]; yearStep: number } {
  const yearWidth = model.interval === 'year' ? step : 12 * step;
  const yearStep = YEAR_STEPS.find((s) => s * yearWidth >= MIN_LABEL_SPACING) ?? YEAR_STEPS.at(-1)!;
  const ticks: XTick[] = [];
  if (model.interval === 'year' || yearStep > 1) {
    model.periods.forEach((p, i) => {
      if (p.year % yearStep !== 0) return;
      if (model.interval === 'year') {
        const cx = plot.left + (i + 0.5) * step;
        ticks.push({ x: cx, labelX: cx, label: String(p.year) });
      } else if (p.month === 1) {
        // Sparse labels mark where their year begins.
        const x0 = plot.left + i * step;
        ticks.push({ x: x0, labelX: x0, label: String(p.year) });
      }
    });
  } else {
    // Every year labelled: the label sits over the year's months in view, when they leave room for it;
    // the tick marks where the year begins.
    const years = new Map<number, { a: number; b: number; january: boolean }>();
    model.periods.forEach((p, i) => {
      const y = years.get(p.year);
      if (y) y.b = i;
      else years.set(p.year, { a: i, b: i, january: p.month === 1 });
    });
    for (const [year, { a, b, january }] of years) {
      const x0 = plot.left + a * step;
      const span = (b - a + 1) * step;
      if (january || span >= YEAR_LABEL_WIDTH + 4)
        ticks.push({
          x: january ? x0 : null,
          labelX: x0 + span / 2,
          label: span >= YEAR_LABEL_WIDTH + 4 ? String(year) : '',
        });
    }
  }
  const inside = ticks.filter(
    (t) => !t.label || (t.labelX - YEAR_LABEL_WIDTH / 2 >= 0 && t.labelX + YEAR_LABEL_WIDTH / 2 <= width),
  );
  // A short run of months with no room for a centred label still names its year, at the start.
  const p0 = model.periods[0];
  if (!inside.some((t) => t.label) && p0)
    inside.push({ x: null, labelX: plot.left + YEAR_LABEL_WIDTH / 2, label: String(p0.year) });
  return { ticks: inside, yearStep };
}

/** Left edge of a period's column. */
export function columnX(layout: TimelineLayout, i: number): number {
  return layout.plot.left + i * layout.step;
}

/** The period whose column holds an x position, clamped to the run. */
export function periodAtX(layout: TimelineLayout, px: number, count: number): number {
  const i = Math.floor((px - layout.plot.left) / layout.step);
  return Math.min(count - 1, Math.max(0, i));
}

/**
 * Snaps a brush extent to whole periods: a period is in when the brush covers its middle. A brush
 * inside one column selects that period.
 */
export function brushToIndices(
  layout: TimelineLayout,
  [x0, x1]: [number, number],
  count: number,
): [number, number] {
  const a = (Math.min(x0, x1) - layout.plot.left) / layout.step;
  const b = (Math.max(x0, x1) - layout.plot.left) / layout.step;
  let i0 = Math.ceil(a - 0.5);
  let i1 = Math.floor(b - 0.5);
  if (i1 < i0) i0 = i1 = Math.floor((a + b) / 2);
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  return [clamp(i0), clamp(i1)];
}

/** Pixels of the columns i0..i1, for drawing a selection. */
export function indicesToPixels(layout: TimelineLayout, i0: number, i1: number): [number, number] {
  return [columnX(layout, i0), columnX(layout, i1 + 1)];
}
