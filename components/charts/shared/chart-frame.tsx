// Every chart sits in this frame: a title, a one-sentence summary of what it shows, the chart itself,
// and the same data as a table for screen readers and keyboard users (also printed). The frame carries
// the stable test hooks data-chart and data-state.
import { Suspense, type ReactNode } from 'react';
import { useChartDisplay } from './chart-display';

export type ChartKind = 'timeline' | 'map' | 'network' | 'table';
export type ChartState = 'loading' | 'ready' | 'error';

export interface ChartFrameProps {
  chart: ChartKind;
  state: ChartState;
  /** Visible heading of the chart. */
  title: string;
  /** Generated one-sentence summary ("412 records from 2018 to 2024; most in 2023"). */
  summary: string;
  /** Heading level of the title (charts sit under page sections). */
  level?: 2 | 3;
  /** Controls above the chart (mode switches, interval...). */
  toolbar?: ReactNode;
  /** The chart (SVG or canvas). */
  children: ReactNode;
  /** The data-table alternative; shown under a disclosure. */
  table?: ReactNode;
  tableLabel: string;
  /** Dims the chart while newer data loads. */
  stale?: boolean;
  className?: string;
  id?: string;
}

export function ChartFrame({
  chart,
  state,
  title,
  summary,
  level = 2,
  toolbar,
  children,
  table,
  tableLabel,
  stale,
  className,
  id,
}: ChartFrameProps) {
  const base = id ?? `chart-${chart}`;
  const Heading = level === 2 ? 'h2' : 'h3';
  const display = useChartDisplay();
  const actions = display.actions?.(chart);
  const tools = display.toolbar && (toolbar || actions);
  return (
    <figure
      className={`chart chart--${chart}${stale ? ' is-stale' : ''}${className ? ` ${className}` : ''}`}
      data-chart={chart}
      data-state={state}
      aria-labelledby={`${base}-title`}
      aria-describedby={`${base}-summary`}
      aria-busy={state === 'loading' || stale ? true : undefined}
    >
      <figcaption className="chart__caption">
        <Heading
          id={`${base}-title`}
          className={display.title ? 'chart__title' : 'chart__title visually-hidden'}
        >
          {title}
        </Heading>
        <p id={`${base}-summary`} className="chart__summary" aria-live="polite">
          {summary}
        </p>
      </figcaption>
      {tools ? (
        <div className="chart__toolbar">
          {toolbar}
          {actions}
        </div>
      ) : null}
      <div className="chart__body">{children}</div>
      {table ? (
        <details className="chart__table">
          <summary>{tableLabel}</summary>
          {/* Its own Suspense boundary: a long table hydrates in a task of its own. */}
          <Suspense>{table}</Suspense>
        </details>
      ) : null}
    </figure>
  );
}

/** The designed empty state inside a chart's body. */
export function ChartEmpty({ title, hint }: { title: string; hint: string }) {
  return (
    <div className="chart-empty" role="note">
      <svg aria-hidden="true" viewBox="0 0 48 48" width="40" height="40">
        <circle
          cx="24"
          cy="24"
          r="20"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeDasharray="4 4"
        />
        <path d="M16 24h16" stroke="currentColor" strokeWidth="2" />
      </svg>
      <p className="chart-empty__title">{title}</p>
      <p className="chart-empty__hint">{hint}</p>
    </div>
  );
}
