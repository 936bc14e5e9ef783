// Stateless SVG marks of the network: batched edges, one focusable group per actor, labels, and the
// legend swatches. Every element is rendered by React from positions computed in layout.ts.
import { memo, type KeyboardEventHandler, type PointerEventHandler, type Ref } from 'react';
import type { ActorKind } from '@/lib/domain/vocab';
import { bidiText } from '@/lib/i18n/svg-text';
import { ACTOR_KIND_COLORS } from '../shared/palette';
import type { EdgeMark, NodeMark } from './layout';
import type { PlacedLabel } from './labels';
import { shapeOf, shapePath } from './shapes';

export type NodeState = 'normal' | 'lit' | 'near' | 'dim';

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Edges as a handful of <path>s, one per width/opacity step: thousands of <line>s would make every
 * hover re-render slow. Ties of the highlighted actor are drawn last and dark. Memoised: keyboard and
 * tooltip state changes leave the edges alone.
 */
export const EdgeLayer = memo(function EdgeLayer({
  edges,
  lit,
  transform,
}: {
  edges: readonly EdgeMark[];
  lit: string | null;
  transform?: string;
}) {
  const groups = new Map<string, { width: number; opacity: number; strong: boolean; d: string[] }>();
  for (const e of edges) {
    const strong = lit !== null && (e.source === lit || e.target === lit);
    const width = Math.round(e.width * 4) / 4;
    const opacity = strong ? 0.85 : lit ? Math.min(e.opacity, 0.12) : Math.round(e.opacity * 20) / 20;
    const key = `${strong ? 1 : 0}:${width}:${opacity}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { width, opacity, strong, d: [] }));
    g.d.push(`M${r2(e.x1)},${r2(e.y1)}L${r2(e.x2)},${r2(e.y2)}`);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return (
    <g className="network__edges" aria-hidden="true" transform={transform}>
      {ordered.map(([key, g]) => (
        <path
          key={key}
          d={g.d.join('')}
          fill="none"
          stroke={g.strong ? '#16212e' : '#5a6877'}
          strokeOpacity={g.opacity}
          strokeWidth={g.width}
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
});

export interface NodeViewProps {
  node: NodeMark;
  /** Position on screen (after zoom). */
  x: number;
  y: number;
  state: NodeState;
  focused: boolean;
  label: string;
  tabIndex: 0 | -1;
  nodeRef?: Ref<SVGGElement>;
  onClick?: () => void;
  onPointerEnter?: PointerEventHandler<SVGGElement>;
  onPointerLeave?: PointerEventHandler<SVGGElement>;
  onKeyDown?: KeyboardEventHandler<SVGGElement>;
  onFocus?: () => void;
  onBlur?: () => void;
}

export function NodeView({
  node,
  x,
  y,
  state,
  focused,
  label,
  tabIndex,
  nodeRef,
  ...handlers
}: NodeViewProps) {
  return (
    <g
      ref={nodeRef}
      data-actor={node.id}
      className={`network__node network__node--${state}${focused ? ' is-focus' : ''}`}
      role="button"
      aria-label={label}
      aria-current={focused ? 'true' : undefined}
      tabIndex={tabIndex}
      {...handlers}
    >
      {focused ? (
        <path d={shapePath(node.shape, x, y, node.r + 4)} fill="none" stroke="#16212e" strokeWidth={2} />
      ) : null}
      <path
        d={shapePath(node.shape, x, y, node.r)}
        fill={node.color}
        stroke="#fff"
        strokeWidth={1}
        opacity={state === 'dim' ? 0.25 : 1}
      />
      {/* Drawn by CSS on keyboard focus: SVG groups have no reliable outline. */}
      <path className="network__ring" d={shapePath(node.shape, x, y, node.r + 6)} fill="none" />
    </g>
  );
}

export function LabelView({
  label,
  x,
  y,
  dim,
  dir = 'ltr',
}: {
  label: PlacedLabel;
  x: number;
  y: number;
  dim: boolean;
  /** The page's direction: right to left, the label is isolated as right-to-left text. */
  dir?: 'ltr' | 'rtl';
}) {
  return (
    <text
      className={`network__label${dim ? ' is-dim' : ''}`}
      x={r2(x)}
      y={r2(y)}
      textAnchor={label.anchor}
      dominantBaseline="central"
      aria-hidden="true"
    >
      {bidiText(label.text, dir)}
    </text>
  );
}

/** A legend swatch: the mark's shape in the kind's colour. */
export function KindSwatch({ kind }: { kind: ActorKind }) {
  return (
    <svg className="network__swatch" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path
        d={shapePath(shapeOf(kind), 8, 8, 5.5)}
        fill={ACTOR_KIND_COLORS[kind]}
        stroke="#fff"
        strokeWidth={1}
      />
    </svg>
  );
}
