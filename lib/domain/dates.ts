// Dates with precision. A record dated "2018" covers 2018-01-01..2018-12-31 and is never drawn as
// January; "2023-11" covers the whole month. Stored as ISO text so both databases compare them as
// strings, with no time zone involved.
import type { DatePrecision } from './vocab';

export interface PartialDate {
  /** The value as written: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  precision: DatePrecision;
  /** First day covered, YYYY-MM-DD. */
  start: string;
  /** Last day covered, YYYY-MM-DD. */
  end: string;
  year: number;
  /** 1-12, or null when the precision is a year. */
  month: number | null;
}

const RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; returns null for anything else, including impossible days. */
export function parsePartialDate(input: string): PartialDate | null {
  const m = RE.exec(input.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000 || year > 2999) return null;
  if (m[2] === undefined) {
    return {
      value: m[1]!,
      precision: 'year',
      start: `${m[1]}-01-01`,
      end: `${m[1]}-12-31`,
      year,
      month: null,
    };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return {
      value: `${m[1]}-${m[2]}`,
      precision: 'month',
      start: `${m[1]}-${m[2]}-01`,
      end: `${m[1]}-${m[2]}-${pad(last)}`,
      year,
      month,
    };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return { value: iso, precision: 'day', start: iso, end: iso, year, month };
}

/** The value of a start date at a precision: ("2018-01-01", "year") -> "2018". */
export function formatAtPrecision(start: string, precision: DatePrecision): string {
  if (precision === 'year') return start.slice(0, 4);
  if (precision === 'month') return start.slice(0, 7);
  return start.slice(0, 10);
}

/** Today's date as YYYY-MM-DD in UTC. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
}
