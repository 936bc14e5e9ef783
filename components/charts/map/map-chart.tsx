'use client';
// World map of records per participating state, or of the states' vote on A/RES/73/195 (the GCM
// endorsement). Pages render <WorldMap>; everything else in this folder is its implementation.
//
// Bundle: the map's code and the world, projected once at build time (world-layout.json from the
// Natural Earth 110m boundaries, 960 px wide, scaled to the frame by the SVG viewBox), are one chunk
// loaded through next/dynamic, outside the page's first-load JavaScript. Why not the alternatives:
// paths projected per request would travel twice (SVG in the HTML, props in the RSC payload) on every
// page view; projecting in the browser cost a long task on every load; a JSON route could not be
// server-rendered. The chunk is still server-rendered, and Next preloads it with the HTML.
//
// Why no <Suspense> (and no `loading` option): React streams a finished Suspense boundary larger than
// ~12 KB out of line (fallback first, content in a hidden <div> revealed by a script), so with
// JavaScript off the map would stay hidden. Without a boundary the map is part of the HTML, and
// hydration waits for the preloaded chunk.
import dynamic from 'next/dynamic';
import type { MapResponse } from '@/lib/domain/api';
import type { ChartState } from '../shared/chart-frame';
import type { MapCountry, MapMode } from './model';

export interface WorldMapProps {
  mode: MapMode;
  counts: MapResponse;
  /** Per-state positions of the GCM endorsement vote (stance mode); states absent are not UN members. */
  stances?: Array<{ iso3: string; position: string }>;
  stanceSource?: { title: string; url: string | null; publisher: string };
  /** Every state of the filter options, in the page's language, with its ISO numeric code. */
  countries: MapCountry[];
  /** ISO3 codes in the country filter: drawn with a thick dark outline. */
  selected: string[];
  /** Members of the selected bloc(s): drawn with a coloured outline. */
  highlight?: string[];
  onSelectCountry: (iso3: string) => void;
  onModeChange?: (mode: MapMode) => void;
  /** Called by the error state's "Try again". */
  onRetry?: () => void;
  state: ChartState;
  stale?: boolean;
  title?: string;
  level?: 2 | 3;
  id?: string;
}

const WorldMapView = dynamic(() => import('./map-view').then((m) => m.WorldMapView));

export function WorldMap(props: WorldMapProps) {
  return <WorldMapView {...props} />;
}
