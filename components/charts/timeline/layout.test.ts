import { describe, expect, it } from 'vitest';
import type { TimelineResponse } from '@/lib/domain/api';
import { DECADES, MONTHS, YEARS } from './fixtures';
import {
  brushToIndices,
  columnX,
  DEFAULT_WIDTH,
  indicesToPixels,
  layoutTimeline,
  MIN_LABEL_SPACING,
  YEAR_LABEL_WIDTH,
} from './layout';
import { buildTimelineModel } from './model';
import { indicesToRange } from './range';

/** Two full years of months, 2018-01 to 2019-12. */
const TWO_YEARS: TimelineResponse = {
  interval: 'month',
  stack: 'kind',
  total: 2,
  buckets: [
    { start: '2018-01', count: 1, byKind: { meeting: 1 } },
    { start: '2019-12', count: 1, byKind: { meeting: 1 } },
  ],
  yearOnly: [],
};

function labelsDoNotOverlap(ticks: Array<{ labelX: number; label: string }>, width: number) {
  const labelled = ticks.filter((t) => t.label);
  for (let i = 1; i < labelled.length; i++)
    expect(labelled[i]!.labelX - labelled[i - 1]!.labelX).toBeGreaterThanOrEqual(YEAR_LABEL_WIDTH + 4);
  for (const t of labelled) {
    expect(t.labelX - YEAR_LABEL_WIDTH / 2).toBeGreaterThanOrEqual(0);
    expect(t.labelX + YEAR_LABEL_WIDTH / 2).toBeLessThanOrEqual(width);
  }
}

describe('brush → periods', () => {
  const model = buildTimelineModel(TWO_YEARS);
  const layout = layoutTimeline(model, 800);
  const n = model.periods.length;

  it('snaps a brush over March 2018 to July 2019 to exactly those months', () => {
    const [x0, x1] = indicesToPixels(layout, 2, 18);
    const snapped = brushToIndices(layout, [x0, x1], n);
    expect(indicesToRange(model, ...snapped)).toEqual({ from: '2018-03', to: '2019-07' });
    // a hand is never exact: a few pixels either way still snaps to the same months
    const sloppy = brushToIndices(layout, [x0 - layout.step * 0.4, x1 + layout.step * 0.3], n);
    expect(indicesToRange(model, ...sloppy)).toEqual({ from: '2018-03', to: '2019-07' });
  });

  it('includes a period once the brush covers its middle', () => {
    const [x0, x1] = indicesToPixels(layout, 2, 18);
    const wider = brushToIndices(layout, [x0 - layout.step * 0.6, x1 + layout.step * 0.6], n);
    expect(indicesToRange(model, ...wider)).toEqual({ from: '2018-02', to: '2019-08' });
  });

  it('selects the one period a short drag stays within, and clamps to the run', () => {
    const x = columnX(layout, 5) + layout.step * 0.3;
    expect(brushToIndices(layout, [x, x + 1], n)).toEqual([5, 5]);
    expect(brushToIndices(layout, [0, 5000], n)).toEqual([0, n - 1]);
  });

  it('snaps to whole years at year interval', () => {
    const m = buildTimelineModel(YEARS);
    const l = layoutTimeline(m, 360);
    const [x0, x1] = indicesToPixels(l, 3, 4);
    expect(indicesToRange(m, ...brushToIndices(l, [x0 + 2, x1 - 2], m.periods.length))).toEqual({
      from: '2018',
      to: '2019',
    });
  });
});

describe('axis ticks', () => {
  it('thins year labels at 360 px so they never overlap (1967–2025: every ten years)', () => {
    const layout = layoutTimeline(buildTimelineModel(DECADES), 360);
    expect(layout.yearStep).toBe(10);
    expect(layout.xTicks.map((t) => t.label)).toEqual(['1970', '1980', '1990', '2000', '2010', '2020']);
    labelsDoNotOverlap(layout.xTicks, 360);
  });

  it('shows more years when there is room (1440 px)', () => {
    const layout = layoutTimeline(buildTimelineModel(DECADES), 1440);
    expect(layout.yearStep).toBe(2);
    expect(layout.xTicks).toHaveLength(29);
    labelsDoNotOverlap(layout.xTicks, 1440);
  });

  it('spaces labels by at least a label width at any width', () => {
    for (const width of [320, 360, 480, 800, 1024, 1440]) {
      const layout = layoutTimeline(buildTimelineModel(DECADES), width);
      expect(layout.yearStep * layout.step).toBeGreaterThanOrEqual(MIN_LABEL_SPACING);
      labelsDoNotOverlap(layout.xTicks, width);
    }
  });

  it('labels months by year, centred over each year', () => {
    const layout = layoutTimeline(buildTimelineModel(TWO_YEARS), 360);
    expect(layout.xTicks.map((t) => t.label)).toEqual(['2018', '2019']);
    expect(layout.xTicks[1]!.x).toBeCloseTo(columnX(layout, 12));
    expect(layout.xTicks[1]!.labelX).toBeCloseTo(columnX(layout, 18));
  });

  it('names the year of a short run of months', () => {
    const short: TimelineResponse = {
      ...TWO_YEARS,
      buckets: [
        { start: '2023-09', count: 1, byKind: { meeting: 1 } },
        { start: '2023-11', count: 1, byKind: { meeting: 1 } },
      ],
    };
    expect(layoutTimeline(buildTimelineModel(short), 360).xTicks.map((t) => t.label)).toEqual(['2023']);
  });

  it('uses whole counts on the count axis', () => {
    const layout = layoutTimeline(buildTimelineModel(YEARS), 800);
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('marks', () => {
  it('draws a bar segment for each series present in a period, stacked up to the tallest', () => {
    const model = buildTimelineModel(YEARS);
    const layout = layoutTimeline(model, 800);
    const y2018 = layout.bars.filter((b) => b.period === 3);
    expect(y2018.map((b) => b.series)).toEqual(['agreement', 'vote']);
    expect(Math.min(...y2018.map((b) => b.y))).toBeCloseTo(layout.plot.top);
    expect(layout.bars.some((b) => b.period === 1)).toBe(false);
  });

  it('draws year-only records as a band across their year’s twelve months, above the bars', () => {
    const model = buildTimelineModel(MONTHS);
    const layout = layoutTimeline(model, 800);
    expect(layout.lane).not.toBeNull();
    const band = layout.yearOnly.find((b) => b.year === 2023)!;
    expect(band.x).toBeGreaterThanOrEqual(columnX(layout, 24));
    expect(band.x + band.width).toBeLessThanOrEqual(columnX(layout, 36));
    expect(band.width).toBeGreaterThan(11 * layout.step);
    expect(band.y + band.height).toBeLessThanOrEqual(layout.plot.top);
    // January 2023 gets no bar
    expect(layout.bars.some((b) => b.period === 24)).toBe(false);
  });
});

describe('across, independent of the width', () => {
  // The server lays the chart out before the browser measures it: nothing drawn across may move when it
  // does, or hydration rewrites every mark (docs/decisions/0011-hydration-and-shared-answers.md).
  const across = (width: number, data: TimelineResponse) => {
    const l = layoutTimeline(buildTimelineModel(data), width);
    return {
      fstep: l.fstep,
      bars: l.bars.map((b) => [b.series, b.period, b.fx, b.fw]),
      yearOnly: l.yearOnly.map((b) => [b.year, b.fx, b.fw]),
    };
  };

  it('places bars, columns and year-only bands at the same fractions at every width', () => {
    for (const data of [YEARS, MONTHS, DECADES]) {
      const server = across(DEFAULT_WIDTH, data);
      for (const width of [320, 412, 800, 1440]) expect(across(width, data)).toEqual(server);
    }
  });

  it('derives the pixels from the fractions', () => {
    const l = layoutTimeline(buildTimelineModel(MONTHS), 800);
    const plotWidth = l.plot.right - l.plot.left;
    for (const b of [...l.bars, ...l.yearOnly]) {
      expect(b.x).toBeCloseTo(l.plot.left + b.fx * plotWidth);
      expect(b.width).toBeCloseTo(b.fw * plotWidth);
    }
  });
});
