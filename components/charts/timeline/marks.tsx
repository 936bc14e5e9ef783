// Stateless SVG of the timeline: grid and axes, stacked bars, the year-only strip, the selected period
// and its two slider handles. Everything interactive (focus, keys, pointer) is wired by the chart.
import type { KeyboardEvent } from 'react';
import type { TimelineLayout } from './layout';

export const YEAR_ONLY_FILL = '#dbe7f3';
export const YEAR_ONLY_STROKE = '#5b7a99';

export function Axes({ layout, format }: { layout: TimelineLayout; format: (n: number) => string }) {
  const { plot, xTicks, yTicks } = layout;
  return (
    <g className="timeline__axes" aria-hidden="true">
      {yTicks.map((t) => (
        <g key={t.value}>
          <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke="#e8edf2" />
          <text x={plot.left - 6} y={t.y} dy="0.32em" textAnchor="end">
            {format(t.value)}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#5a6877" />
      {xTicks.map((t, i) => (
        <g key={i}>
          {t.x !== null ? (
            <line x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + 4} stroke="#5a6877" />
          ) : null}
          {t.label ? (
            <text x={t.labelX} y={plot.bottom + 16} textAnchor="middle">
              {t.label}
            </text>
          ) : null}
        </g>
      ))}
    </g>
  );
}

/** Bars outside the selected period are dimmed, so the selection reads at a glance. */
export function Bars({ layout, selected }: { layout: TimelineLayout; selected: [number, number] | null }) {
  const thin = layout.bandwidth < 3;
  return (
    <g className="timeline__bars" aria-hidden="true">
      {layout.bars.map((b) => (
        <rect
          key={`${b.series}:${b.period}`}
          x={b.x}
          y={b.y}
          width={b.width}
          height={b.height}
          fill={b.fill}
          // White seams between stacked segments tell neighbours apart without relying on colour.
          stroke={thin ? undefined : '#fff'}
          strokeWidth={thin ? undefined : 0.75}
          opacity={selected && (b.period < selected[0] || b.period > selected[1]) ? 0.3 : undefined}
        />
      ))}
    </g>
  );
}

export function YearOnlyLane({
  layout,
  format,
  onSelect,
  onHover,
}: {
  layout: TimelineLayout;
  format: (n: number) => string;
  onSelect: (year: number) => void;
  onHover: (year: number | null) => void;
}) {
  if (!layout.lane) return null;
  return (
    <g className="timeline__year-only">
      {layout.yearOnly.map((b) => (
        <g
          key={b.year}
          onClick={() => onSelect(b.year)}
          onPointerEnter={() => onHover(b.year)}
          onPointerLeave={() => onHover(null)}
        >
          <rect
            x={b.x}
            y={b.y}
            width={Math.max(b.width, 1)}
            height={b.height}
            rx={2}
            fill={YEAR_ONLY_FILL}
            stroke={YEAR_ONLY_STROKE}
            strokeDasharray="3 2"
          />
          {b.width >= 16 ? (
            <text
              x={b.x + b.width / 2}
              y={b.y + b.height / 2}
              dy="0.34em"
              textAnchor="middle"
              aria-hidden="true"
            >
              {format(b.count)}
            </text>
          ) : null}
        </g>
      ))}
    </g>
  );
}

/** A light column behind the bars for the hovered or focused period, ringed when it has focus. */
export function ColumnHighlight({
  layout,
  index,
  ring,
}: {
  layout: TimelineLayout;
  index: number | null;
  ring: boolean;
}) {
  if (index === null) return null;
  const { plot, step } = layout;
  return (
    <rect
      className="timeline__highlight"
      x={plot.left + index * step}
      y={plot.top}
      width={Math.max(step, 2)}
      height={plot.bottom - plot.top}
      fill="#e7f0f9"
      stroke={ring ? '#c2410c' : undefined}
      strokeWidth={ring ? 2 : undefined}
      aria-hidden="true"
    />
  );
}

export function Selection({ layout, pixels }: { layout: TimelineLayout; pixels: [number, number] }) {
  const { plot } = layout;
  return (
    <rect
      className="timeline__selection"
      x={pixels[0]}
      y={plot.top}
      width={Math.max(pixels[1] - pixels[0], 1)}
      height={plot.bottom - plot.top}
      fill="#0b5394"
      fillOpacity={0.08}
      aria-hidden="true"
    />
  );
}

export interface HandleProps {
  x: number;
  label: string;
  valueMin: number;
  valueMax: number;
  valueNow: number;
  valueText: string;
  /** No period set: the handles wait at the ends, drawn lighter. */
  idle: boolean;
  onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
  onKeyUp: () => void;
  onBlur: () => void;
}

/** One end of the period as a keyboard slider (the pointer draws a new period with the brush instead). */
export function RangeHandle({ layout, ...p }: HandleProps & { layout: TimelineLayout }) {
  const { plot } = layout;
  const mid = (plot.top + plot.bottom) / 2;
  return (
    <g
      className={`timeline__handle${p.idle ? ' is-idle' : ''}`}
      role="slider"
      tabIndex={0}
      aria-label={p.label}
      aria-orientation="horizontal"
      aria-valuemin={p.valueMin}
      aria-valuemax={p.valueMax}
      aria-valuenow={p.valueNow}
      aria-valuetext={p.valueText}
      onKeyDown={p.onKeyDown}
      onKeyUp={p.onKeyUp}
      onBlur={p.onBlur}
      pointerEvents="none"
    >
      <line x1={p.x} x2={p.x} y1={plot.top} y2={plot.bottom} />
      <rect className="timeline__grip" x={p.x - 4} y={mid - 12} width={8} height={24} rx={3} />
    </g>
  );
}
