// The selected period ↔ period indices, and how the two range sliders move. Pixel-free: the brush's
// pixel snapping lives in layout.ts.
import { parsePartialDate } from '@/lib/domain/dates';
import { indexOfDay, type TimelineModel } from './model';

/** A filter period as the URL holds it: YYYY, YYYY-MM or YYYY-MM-DD, or open (null). */
export interface PeriodRange {
  from: string | null;
  to: string | null;
}

export const OPEN_RANGE: PeriodRange = { from: null, to: null };

export function isOpen(range: PeriodRange): boolean {
  return range.from === null && range.to === null;
}

/**
 * Indices of the periods a range covers: from the period holding its first day to the period holding
 * its last; an open side reaches the end of the run.
 */
export function rangeToIndices(model: TimelineModel, range: PeriodRange): [number, number] {
  const last = Math.max(0, model.periods.length - 1);
  const from = range.from ? parsePartialDate(range.from) : null;
  const to = range.to ? parsePartialDate(range.to) : null;
  return [from ? indexOfDay(model, from.start) : 0, to ? indexOfDay(model, to.end) : last];
}

/** The range that selects whole periods i0..i1 (brush, click, Enter on a column). */
export function indicesToRange(model: TimelineModel, i0: number, i1: number): PeriodRange {
  const a = model.periods[Math.min(i0, i1)];
  const b = model.periods[Math.max(i0, i1)];
  return { from: a?.key ?? null, to: b?.key ?? null };
}

export type Handle = 'start' | 'end';

/**
 * Where a slider handle goes for a key (null: not a slider key). Arrows move one period, Page Up/Down
 * a year at month interval (ten years at year interval), Home/End to the ends; the start handle never
 * passes the end handle nor the reverse.
 */
export function stepHandle(
  model: TimelineModel,
  [i0, i1]: [number, number],
  handle: Handle,
  key: string,
): [number, number] | null {
  const last = model.periods.length - 1;
  const page = model.interval === 'month' ? 12 : 10;
  const current = handle === 'start' ? i0 : i1;
  const [min, max] = handle === 'start' ? [0, i1] : [i0, last];
  let next: number;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      next = current - 1;
      break;
    case 'ArrowRight':
    case 'ArrowUp':
      next = current + 1;
      break;
    case 'PageDown':
      next = current - page;
      break;
    case 'PageUp':
      next = current + page;
      break;
    case 'Home':
      next = min;
      break;
    case 'End':
      next = max;
      break;
    default:
      return null;
  }
  next = Math.min(max, Math.max(min, next));
  return handle === 'start' ? [next, i1] : [i0, next];
}

/**
 * The range after a slider moved: only the moved side changes, so a period the filter gave at another
 * precision (2018-03-15 on a yearly chart) or left open is kept on the other side.
 */
export function moveRange(
  model: TimelineModel,
  prev: PeriodRange,
  before: [number, number],
  after: [number, number],
): PeriodRange {
  const key = (i: number) => model.periods[i]?.key ?? null;
  return {
    from: after[0] === before[0] ? prev.from : key(after[0]),
    to: after[1] === before[1] ? prev.to : key(after[1]),
  };
}
