// Writes components/charts/map/world-layout.json: the world map's country paths and anchors, projected
// once at the reference width. The browser then draws the map from ready paths instead of loading the
// boundaries and projecting them on every page (the SVG's viewBox scales them to any width).
// Run after changing the boundaries or the projection: node --import tsx scripts/world-layout.ts
// (components/charts/map/world-layout.test.ts fails while the file is out of date).
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_WIDTH, layoutMap } from '../components/charts/map/layout';
import { WORLD_SHAPES } from '../components/charts/map/world-shapes';

const layout = layoutMap(WORLD_SHAPES, DEFAULT_WIDTH);
const refs = WORLD_SHAPES.map((s) => ({ id: s.id ?? null, name: s.properties.name }));
const out = path.join(import.meta.dirname, '..', 'components', 'charts', 'map', 'world-layout.json');
fs.writeFileSync(out, `${JSON.stringify({ ...layout, refs })}\n`);
console.log(`Wrote ${path.relative(process.cwd(), out)} (${layout.shapes.length} shapes)`);
