'use client';
// The network chart as the pages use it: its code (d3-force, d3-zoom, the canvas renderer, the
// layout) is a separate chunk loaded through next/dynamic, outside the page's first-load JavaScript,
// and still server-rendered. No Suspense boundary and no `loading` option, for the reason given in
// ../map/map-chart.tsx: the server HTML must contain the chart itself.
import dynamic from 'next/dynamic';
import type { NetworkChartProps } from './network-chart';

const NetworkChartView = dynamic(() => import('./network-chart').then((m) => m.NetworkChart));

export function LazyNetworkChart(props: NetworkChartProps) {
  return <NetworkChartView {...props} />;
}
