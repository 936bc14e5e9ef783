// Stateless SVG of the timeline: grid and axes, stacked bars, the year-only strip, the selected period
// and its two slider handles. Everything interactive (focus, keys, pointer) is wired by the chart.
//
// The marks are drawn in the plot's own coordinates: inside an <svg> that spans the plot (x = 0 at its
// left edge), across in percentages of its width (see layout.ts), down in pixels. The axis labels sit
// outside it, to the left and below, so that <svg> shows overflow.
import type { KeyboardEvent } from 'react';
import type { TimelineLayout } from './layout';

/** A fraction of the plot's width as an SVG length, rounded so that it reads the same at any width. */
export const pct = (f: number) => `${Math.round(f * 1e6) / 1e4}%`;

export const YEAR_ONLY_FILL = '#dbe7f3';
export const YEAR_ONLY_STROKE = '#5b7a99';

export function Axes({ layout, format }: { layout: TimelineLayout; format: (n: number) => string }) {
  const { plot, xTicks, yTicks } = layout;
  return (
    <g className="timeline__axes" aria-hidden="true">
      {yTicks.map((t) => (
        <g key={t.value}>
          <line x1={0} x2="100%" y1={t.y} y2={t.y} stroke="#e8edf2" />
          <text x={-6} y={t.y} dy="0.32em" textAnchor="end">
            {format(t.value)}
          </text>
        </g>
      ))}
      <line x1={0} x2="100%" y1={plot.bottom} y2={plot.bottom} stroke="#5a6877" />
      {xTicks.map((t) => (
        <g key={`${t.labelFx}:${t.label}`}>
          {t.fx !== null ? (
            <line x1={pct(t.fx)} x2={pct(t.fx)} y1={plot.bottom} y2={plot.bottom + 4} stroke="#5a6877" />
          ) : null}
          {t.label ? (
            <text x={pct(t.labelFx)} y={plot.bottom + 16} textAnchor="middle">
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
          x={pct(b.fx)}
          y={b.y}
          width={pct(b.fw)}
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
            x={pct(b.fx)}
            y={b.y}
            width={pct(b.fw)}
            height={b.height}
            rx={2}
            fill={YEAR_ONLY_FILL}
            stroke={YEAR_ONLY_STROKE}
            strokeDasharray="3 2"
          />
          {b.width >= 16 ? (
            <text
              x={pct(b.fx + b.fw / 2)}
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
  const { plot, fstep } = layout;
  return (
    <rect
      className="timeline__highlight"
      x={pct(index * fstep)}
      y={plot.top}
      width={pct(fstep)}
      height={plot.bottom - plot.top}
      fill="#e7f0f9"
      stroke={ring ? '#c2410c' : undefined}
      strokeWidth={ring ? 2 : undefined}
      aria-hidden="true"
    />
  );
}

/** The selected periods, `indices` first to last. */
export function Selection({ layout, indices }: { layout: TimelineLayout; indices: [number, number] }) {
  const { plot, fstep } = layout;
  return (
    <rect
      className="timeline__selection"
      x={pct(indices[0] * fstep)}
      y={plot.top}
      width={pct((indices[1] - indices[0] + 1) * fstep)}
      height={plot.bottom - plot.top}
      fill="#0b5394"
      fillOpacity={0.08}
      aria-hidden="true"
    />
  );
}

export interface HandleProps {
  /** Where the handle stands, as a fraction of the plot's width. */
  fx: number;
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
      <line x1={pct(p.fx)} x2={pct(p.fx)} y1={plot.top} y2={plot.bottom} />
      {/* Centred on the line: placed at its percentage, then moved back half its 8 px. */}
      <rect
        className="timeline__grip"
        x={pct(p.fx)}
        y={mid - 12}
        width={8}
        height={24}
        rx={3}
        transform="translate(-4 0)"
      />
    </g>
  );
}
