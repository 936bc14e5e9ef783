'use client';
// The timeline as the pages use it: its code (d3-scale, d3-brush, the layout) is a separate chunk
// loaded through next/dynamic, outside the page's first-load JavaScript, and still server-rendered
// (no Suspense boundary, see ../map/map-chart.tsx).
import dynamic from 'next/dynamic';
import type { TimelineChartProps } from './timeline-chart';

const TimelineChartView = dynamic(() => import('./timeline-chart').then((m) => m.TimelineChart));

export function LazyTimelineChart(props: TimelineChartProps) {
  return <TimelineChartView {...props} />;
}
