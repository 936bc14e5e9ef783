// The world map projected ahead of time (scripts/world-layout.ts writes world-layout.json from the
// boundaries in world-shapes.ts; world-layout.test.ts checks it is current). Importing this instead of
// world-shapes.ts keeps the boundaries, TopoJSON and the projection code out of the browser.
import type { MapLayout } from './layout';
import type { ShapeRef } from './model';
import json from './world-layout.json';

export const WORLD_LAYOUT: MapLayout = {
  width: json.width,
  height: json.height,
  shapes: json.shapes as unknown as MapLayout['shapes'],
};
/** Each shape's id (ISO 3166 numeric) and name, in the order of the paths. */
export const WORLD_REFS: ShapeRef[] = json.refs.map((r) => ({
  id: r.id ?? undefined,
  name: r.name,
}));
