// World map layout: boundary shapes + width → projected SVG paths, their anchor points and the height.
import { geoArea, geoEqualEarth, geoPath } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { shapeKey } from './model';

type Shape = Feature<Polygon | MultiPolygon, { name: string }> & { id?: string };

export interface PlacedShape {
  key: string;
  d: string;
  /** Centre of the shape's largest part: where the tooltip points and what arrow keys measure from. */
  anchor: [number, number];
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: PlacedShape[];
}

/** Width the server lays the map out at; the viewBox scales it until the browser measures. */
export const DEFAULT_WIDTH = 960;

/**
 * Equal Earth (Šavrič, Patterson & Jenny 2018) rather than Natural Earth or Mercator: it is equal-area,
 * so a choropleth does not inflate high-latitude states (Russia, Canada, Greenland) and shrink tropical
 * ones, and its straight parallels keep the familiar look of a world map.
 */
export function layoutMap(shapes: readonly Shape[], width: number): MapLayout {
  const collection = { type: 'FeatureCollection' as const, features: [...shapes] };
  const projection = geoEqualEarth().fitWidth(width, collection);
  // One decimal is a tenth of a pixel at the laid-out width: enough, and it keeps the HTML small.
  const path = geoPath(projection).digits(1);
  const [, [, bottom]] = path.bounds(collection);
  return {
    width,
    height: Math.ceil(bottom),
    shapes: shapes.map((s) => ({
      key: shapeKey({ id: s.id, name: s.properties.name }),
      d: compactPath(path(s) ?? ''),
      anchor: round(path.centroid(largestPart(s))),
    })),
  };
}

/** A coordinate in tenths, written short: "0.5" → ".5", "-0.5" → "-.5", "3.0" → "3". */
function tenths(t: number): string {
  const sign = t < 0 ? '-' : '';
  const a = Math.abs(t);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return sign + (frac ? `${whole || ''}.${frac}` : String(whole));
}

/**
 * The same path with relative coordinates (`m`/`l` steps from the previous point instead of absolute
 * positions), repeated commands left implicit and repeated points dropped: a third shorter, which
 * matters because every page with a map carries these paths in its HTML. Steps are differences of the
 * points rounded to tenths, so the shape is exactly the one d3 wrote, with no drift. Paths with other
 * commands than M, L and Z are returned as they are.
 */
export function compactPath(d: string): string {
  if (!d || /[^MLZ\d.,\-e]/.test(d)) return d;
  let out = '';
  let last = '';
  // Current point and subpath start, in tenths of a unit (integers: differences are exact).
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  const emit = (cmd: string, a: number, b: number) => {
    const pair = `${tenths(a)}${b < 0 ? '' : ','}${tenths(b)}`;
    if (cmd === last) out += pair.startsWith('-') ? pair : `,${pair}`;
    else out += cmd + pair;
    // After "m", further pairs are implicit relative lines; after "M" they would be absolute ones.
    last = cmd === 'm' ? 'l' : cmd;
  };
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      out += 'z';
      last = 'z';
      [x, y] = [sx, sy];
      continue;
    }
    const [px, py] = args!.split(',').map((v) => Math.round(Number(v) * 10)) as [number, number];
    if (cmd === 'L' && px === x && py === y) continue;
    emit(out ? (cmd === 'M' ? 'm' : 'l') : 'M', out ? px - x : px, out ? py - y : py);
    [x, y] = [px, py];
    if (cmd === 'M') [sx, sy] = [px, py];
  }
  return out;
}

// France's centroid would otherwise fall in the Atlantic (French Guiana) and the United States' in
// Canada (Alaska).
function largestPart(s: Shape): Shape {
  if (s.geometry.type === 'Polygon') return s;
  let best: Shape = s;
  let bestArea = -1;
  for (const coordinates of s.geometry.coordinates) {
    const part: Shape = { ...s, geometry: { type: 'Polygon', coordinates } };
    const area = geoArea(part);
    if (area > bestArea) [best, bestArea] = [part, area];
  }
  return best;
}

const round = ([x, y]: [number, number]): [number, number] => [
  Math.round(x * 10) / 10,
  Math.round(y * 10) / 10,
];

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The nearest candidate in a direction, for arrow-key movement: among anchors ahead of `from`, prefer
 * those within 45° of the direction (closest first); otherwise the nearest, penalised by how far it
 * lies off course.
 */
export function nearestInDirection(
  from: [number, number],
  candidates: ReadonlyArray<{ key: string; anchor: [number, number] }>,
  direction: Direction,
): string | null {
  let best: { key: string; cone: boolean; score: number } | null = null;
  for (const c of candidates) {
    const dx = c.anchor[0] - from[0];
    const dy = c.anchor[1] - from[1];
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (along <= 0) continue;
    const cone = across <= along;
    const distance = Math.hypot(along, across);
    const score = cone ? distance : distance + 2 * across;
    if (!best || (cone && !best.cone) || (cone === best.cone && score < best.score))
      best = { key: c.key, cone, score };
  }
  return best?.key ?? null;
}
