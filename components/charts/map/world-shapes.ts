// The country boundaries (Natural Earth 1:110m via world-atlas 2.0.2, see
// data/reference/world-atlas/SOURCES.md), converted from TopoJSON to GeoJSON once, when this module is
// first evaluated. Only the map's lazily loaded code imports it (see map-chart.tsx), so the topology
// (108 KB) stays out of the page's first-load JavaScript.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from '@/data/reference/world-atlas/countries-110m.json';

export type WorldShape = Feature<Polygon | MultiPolygon, { name: string }> & { id?: string };

// Antarctica is no state and would take a fifth of the map's height: it is left out, and the
// projection is fitted to the remaining land.
const ANTARCTICA = '010';

const topology = countries110m as unknown as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;

export const WORLD_SHAPES: readonly WorldShape[] = (
  feature(topology, topology.objects.countries).features as WorldShape[]
).filter((f) => f.id !== ANTARCTICA);
