// The timeline's layout: model + width → placed marks. A band scale over the periods (each period owns
// a column of width `step`, bars sit centred in it), a linear count scale, thinned year ticks, and the
// brush's pixels ↔ whole periods.
//
// Across, every mark is placed as a fraction of the plot's width (`fx`, `fw`; the marks draw them as
// percentages) that does not depend on the width: the chart the server draws at DEFAULT_WIDTH is then
// already right at any width, and the browser's first measurement changes no bar, column or handle,
// only the year labels, which are thinned to fit. Pixel positions (`x`, `width`) are derived for
// pointer handling, the tooltip and the tests. Down, everything is in pixels: the height is fixed.
import { scaleBand, scaleLinear } from 'd3';
import type { TimelineModel } from './model';

/**
 * Width the server lays out at, before the browser measures. Only the year labels depend on it (see
 * above): a phone's width, so that the devices with the least to spare change nothing or little when
 * they measure; a wider screen adds labels.
 */
export const DEFAULT_WIDTH = 360;
export const HEIGHT = 240;
export const MARGIN = { top: 10, right: 14, bottom: 24, left: 34 };
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
  /** Left edge and width as fractions of the plot's width. */
  fx: number;
  fw: number;
}

export interface YearOnlyMark {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fx: number;
  fw: number;
}

export interface XTick {
  /** Where the tick line is drawn (none for a label over a year that starts before the chart). */
  x: number | null;
  /** Centre of the label. */
  labelX: number;
  label: string;
  /** The same two positions as fractions of the plot's width. */
  fx: number | null;
  labelFx: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The year-only strip, when there are year-only records at month interval. */
  lane: { top: number; height: number } | null;
  /** Width of one period's column (as a fraction of the plot's width, 1 / periods). */
  step: number;
  bandwidth: number;
  fstep: number;
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
  const plotWidth = plot.right - plot.left;
  const px = (f: number) => plot.left + f * plotWidth;
  // Gaps between bars where they stay visible on a phone; hundreds of thin months are drawn edge to
  // edge. Chosen by the number of periods, not the width, so that bars never move on a resize.
  const padding = n <= 40 ? 0.2 : n <= 120 ? 0.1 : 0;
  const x = scaleBand<number>()
    .domain(model.periods.map((_, i) => i))
    .range([0, 1])
    .paddingInner(padding)
    .paddingOuter(padding / 2);
  const fstep = 1 / n;
  const fband = x.bandwidth();
  const step = fstep * plotWidth;
  const bandwidth = fband * plotWidth;
  const y = scaleLinear()
    .domain([0, Math.max(1, model.max)])
    .nice()
    .range([plot.bottom, plot.top]);

  const color = new Map(model.series.map((s) => [s.key, s.color]));
  const bars: Bar[] = [];
  for (const layer of model.stacked)
    layer.points.forEach(([y0, y1], i) => {
      if (y1 <= y0) return;
      const fx = x(i) ?? 0;
      bars.push({
        series: layer.key,
        period: i,
        x: px(fx),
        y: y(y1),
        width: bandwidth,
        height: y(y0) - y(y1),
        fill: color.get(layer.key) ?? '#8C8C8C',
        fx,
        fw: fband,
      });
    });

  // A band spans its year's columns, inset by a tenth of a column at each end.
  const yearOnly: YearOnlyMark[] = lane
    ? model.yearOnly.map((b) => {
        const fx = (b.first + 0.1) * fstep;
        const fw = (b.last - b.first + 0.8) * fstep;
        return {
          year: b.year,
          count: b.count,
          x: px(fx),
          y: lane.top,
          width: fw * plotWidth,
          height: lane.height,
          fx,
          fw,
        };
      })
    : [];

  const yTicks = y
    .ticks(Math.min(4, Math.max(1, model.max)))
    .filter((v) => Number.isInteger(v))
    .map((value) => ({ y: y(value), value }));

  const { ticks: xTicks, yearStep } = yearTicks(model, plot, step, width);
  return {
    width,
    height: HEIGHT,
    plot,
    lane,
    step,
    bandwidth,
    fstep,
    bars,
    yearOnly,
    xTicks,
    yTicks,
    yearStep,
  };
}

/** Year labels, thinned to every 1, 2, 5, 10... years so that no two labels overlap. */
function yearTicks(
  model: TimelineModel,
  plot: TimelineLayout['plot'],
  step: number,
  width: number,
): { ticks: XTick[]; yearStep: number } {
  const n = model.periods.length;
  const px = (f: number) => plot.left + f * n * step;
  // Positions in columns from the plot's left edge; fractions and pixels are derived from them.
  const tick = (at: number | null, labelAt: number, label: string): XTick => ({
    x: at === null ? null : px(at / n),
    labelX: px(labelAt / n),
    label,
    fx: at === null ? null : at / n,
    labelFx: labelAt / n,
  });
  const yearWidth = model.interval === 'year' ? step : 12 * step;
  const yearStep = YEAR_STEPS.find((s) => s * yearWidth >= MIN_LABEL_SPACING) ?? YEAR_STEPS.at(-1)!;
  const ticks: XTick[] = [];
  if (model.interval === 'year' || yearStep > 1) {
    model.periods.forEach((p, i) => {
      if (p.year % yearStep !== 0) return;
      if (model.interval === 'year') ticks.push(tick(i + 0.5, i + 0.5, String(p.year)));
      // Sparse labels mark where their year begins.
      else if (p.month === 1) ticks.push(tick(i, i, String(p.year)));
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
      const span = (b - a + 1) * step;
      if (january || span >= YEAR_LABEL_WIDTH + 4)
        ticks.push(
          tick(january ? a : null, a + (b - a + 1) / 2, span >= YEAR_LABEL_WIDTH + 4 ? String(year) : ''),
        );
    }
  }
  const inside = ticks.filter(
    (t) => !t.label || (t.labelX - YEAR_LABEL_WIDTH / 2 >= 0 && t.labelX + YEAR_LABEL_WIDTH / 2 <= width),
  );
  // A short run of months with no room for a centred label still names its year, at the start.
  const p0 = model.periods[0];
  if (!inside.some((t) => t.label) && p0)
    inside.push(tick(null, YEAR_LABEL_WIDTH / 2 / step, String(p0.year)));
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

/** Pixels of the columns i0..i1 (where a brush over them would start and end). */
export function indicesToPixels(layout: TimelineLayout, i0: number, i1: number): [number, number] {
  return [columnX(layout, i0), columnX(layout, i1 + 1)];
}
