// Stateless SVG of the world map: the hatch pattern, country shapes, outline overlays and the legend.
import type { FocusEvent, KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import type { PlacedShape } from './layout';
import { HATCH, NO_DATA_FILL, type LegendItem, type ShapeDatum } from './model';

export const SELECTED_STROKE = '#111111';
/** Reddish purple (Okabe & Ito): apart from the blues of counts and the colours of the vote. */
export const BLOC_STROKE = '#CC79A7';
const BORDER = '#8a96a3';

/** Diagonal hatch for shapes without data. Defined once per chart; fills refer to it by id. */
export function NoDataPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={NO_DATA_FILL} />
      <line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" strokeWidth="1.5" />
    </pattern>
  );
}

export const fillOf = (fill: string, patternId: string) => (fill === HATCH ? `url(#${patternId})` : fill);

export interface CountryHandlers {
  onPointerMove: (key: string, e: PointerEvent<SVGPathElement>) => void;
  onPointerLeave: () => void;
  onClick: (key: string, e: MouseEvent<SVGPathElement>) => void;
  onFocus: (key: string, e: FocusEvent<SVGPathElement>) => void;
  onBlur: () => void;
  onKeyDown: (key: string, e: KeyboardEvent<SVGPathElement>) => void;
}

/**
 * Every shape, in the boundary file's order. Shapes reachable by keyboard are buttons with a label;
 * the roving tab stop (`activeKey`) is the only one in the tab order. The others are still pointable.
 */
export function CountryShapes({
  placed,
  data,
  patternId,
  activeKey,
  label,
  handlers,
}: {
  placed: PlacedShape[];
  data: ShapeDatum[];
  patternId: string;
  activeKey: string | null;
  label: (d: ShapeDatum) => string;
  handlers: CountryHandlers | null;
}) {
  return (
    <g className="world-map__countries">
      {placed.map((p, i) => {
        const d = data[i];
        if (!d) return null;
        const keyboard = handlers && d.navigable;
        return (
          <path
            key={p.key}
            d={p.d}
            fill={fillOf(d.fill, patternId)}
            stroke={BORDER}
            strokeWidth={0.5}
            vectorEffect="non-scaling-stroke"
            className={`world-map__country${d.iso3 && handlers ? ' is-clickable' : ''}`}
            data-iso3={d.iso3 ?? undefined}
            data-name={d.iso3 ? undefined : d.name}
            data-key={p.key}
            role={keyboard ? 'button' : undefined}
            aria-label={keyboard ? label(d) : undefined}
            tabIndex={keyboard ? (p.key === activeKey ? 0 : -1) : undefined}
            onPointerMove={handlers ? (e) => handlers.onPointerMove(p.key, e) : undefined}
            onPointerLeave={handlers?.onPointerLeave}
            onClick={handlers && d.iso3 ? (e) => handlers.onClick(p.key, e) : undefined}
            onFocus={keyboard ? (e) => handlers.onFocus(p.key, e) : undefined}
            onBlur={keyboard ? handlers.onBlur : undefined}
            onKeyDown={keyboard ? (e) => handlers.onKeyDown(p.key, e) : undefined}
          />
        );
      })}
    </g>
  );
}

/** Outlines drawn over every shape (so neighbours never cover them); they take no pointer events. */
export function Outlines({
  paths,
  stroke,
  width,
  className,
  dash,
}: {
  paths: PlacedShape[];
  /** Absent when CSS gives the colour (the focus ring follows the --focus custom property). */
  stroke?: string;
  width: number;
  className: string;
  dash?: string;
}) {
  if (paths.length === 0) return null;
  return (
    <g
      className={className}
      fill="none"
      stroke={stroke}
      strokeWidth={width}
      pointerEvents="none"
      aria-hidden="true"
    >
      {paths.map((p) => (
        <path
          key={p.key}
          d={p.d}
          vectorEffect="non-scaling-stroke"
          strokeLinejoin="round"
          strokeDasharray={dash}
        />
      ))}
    </g>
  );
}

function Swatch({ fill, patternId, outline }: { fill: string; patternId: string; outline?: string }) {
  return (
    <svg
      className="swatch"
      viewBox="0 0 14 14"
      aria-hidden="true"
      style={outline ? { border: 0 } : undefined}
    >
      <rect
        x="1"
        y="1"
        width="12"
        height="12"
        fill={fillOf(fill, patternId)}
        stroke={outline}
        strokeWidth={outline ? 2.5 : undefined}
      />
    </svg>
  );
}

/** The legend under the map: one entry per class in the map, with the label the chart translated. */
export function MapLegend({
  heading,
  items,
  labelOf,
  patternId,
  outlines,
}: {
  heading: string;
  items: LegendItem[];
  labelOf: (item: LegendItem) => string;
  patternId: string;
  outlines: Array<{ key: string; label: string; stroke: string }>;
}) {
  return (
    <div className="world-map__legend">
      <p className="world-map__legend-heading">{heading}</p>
      <ul className="chart-legend">
        {items.map((item) => (
          <li key={legendKey(item)} data-legend={legendKey(item)}>
            <Swatch fill={item.fill} patternId={patternId} />
            {labelOf(item)}
          </li>
        ))}
        {outlines.map((o) => (
          <li key={o.key} data-legend={o.key}>
            <Swatch fill="#ffffff" patternId={patternId} outline={o.stroke} />
            {o.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

const legendKey = (item: LegendItem) =>
  item.kind === 'bin' ? `bin-${item.lo}` : item.kind === 'stance' ? item.category : item.kind;
