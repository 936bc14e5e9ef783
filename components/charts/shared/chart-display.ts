// How the charts below are dressed, set once by the page around them: an embed may hide the controls,
// the titles or the legends (controls=0, title=0, legend=0), and the dashboard adds its
// "Embed and download" button to every chart's toolbar. A context rather than props, so the charts'
// own props stay about data and interaction.
import { createContext, useContext, type ReactNode } from 'react';
import type { ChartKind } from './chart-frame';

export interface ChartDisplay {
  toolbar: boolean;
  /** False: the title stays for assistive technology but is not shown. */
  title: boolean;
  legend: boolean;
  /** Extra buttons at the end of a chart's toolbar. */
  actions?: ((chart: ChartKind) => ReactNode) | undefined;
}

export const DEFAULT_DISPLAY: ChartDisplay = { toolbar: true, title: true, legend: true };

export const ChartDisplayContext = createContext<ChartDisplay>(DEFAULT_DISPLAY);

export const useChartDisplay = () => useContext(ChartDisplayContext);
