// The network as SVG (up to a few hundred actors): edges in one zoomed group, one focusable group
// per actor (roving tabindex: only the tab stop has tabIndex 0), labels on top.
import type { KeyboardEventHandler, Ref } from 'react';
import type { ZoomTransform } from 'd3';
import type { NetworkMarks, NodeMark } from './layout';
import type { PlacedLabel } from './labels';
import { EdgeLayer, LabelView, NodeView, type NodeState } from './marks';

export interface NetworkSvgProps {
  marks: NetworkMarks;
  screen: ReadonlyArray<NodeMark & { sx: number; sy: number }>;
  labels: readonly PlacedLabel[];
  transform: ZoomTransform;
  lit: string | null;
  focus: string | null;
  tabStop: string | null;
  stateOf: (id: string) => NodeState;
  nodeLabel: (id: string) => string;
  title: string;
  desc: string;
  idBase: string;
  dir: 'ltr' | 'rtl';
  svgRef: Ref<SVGSVGElement>;
  registerNode: (id: string, el: SVGGElement | null) => void;
  onKeyDown: KeyboardEventHandler<SVGGElement>;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  onNodeFocus: (id: string) => void;
  onNodeBlur: () => void;
}

export function NetworkSvg({ svgRef, registerNode, ...p }: NetworkSvgProps) {
  const { marks, transform: z } = p;
  const zoomed = z.k !== 1 || z.x !== 0 || z.y !== 0;
  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${marks.width} ${marks.height}`}
      width={marks.width}
      height={marks.height}
      aria-labelledby={`${p.idBase}-svg-title ${p.idBase}-svg-desc`}
      className="network__svg"
    >
      <title id={`${p.idBase}-svg-title`}>{p.title}</title>
      <desc id={`${p.idBase}-svg-desc`}>{p.desc}</desc>
      {/* Lines keep their width under zoom (non-scaling stroke); marks and labels are re-placed. */}
      <EdgeLayer edges={marks.edges} lit={p.lit} transform={zoomed ? z.toString() : undefined} />
      <g className="network__nodes" onKeyDown={p.onKeyDown}>
        {p.screen.map((n) => (
          <NodeView
            key={n.id}
            node={n}
            x={n.sx}
            y={n.sy}
            state={p.stateOf(n.id)}
            focused={n.id === p.focus}
            label={p.nodeLabel(n.id)}
            tabIndex={n.id === p.tabStop ? 0 : -1}
            nodeRef={(el) => registerNode(n.id, el)}
            onClick={() => p.onSelect(n.id)}
            onPointerEnter={() => p.onHover(n.id)}
            onPointerLeave={() => p.onHover(null)}
            onFocus={() => p.onNodeFocus(n.id)}
            onBlur={p.onNodeBlur}
          />
        ))}
      </g>
      <g className="network__labels">
        {p.labels.map((l) => (
          <LabelView key={l.id} label={l} x={l.x} y={l.y} dim={p.stateOf(l.id) === 'dim'} dir={p.dir} />
        ))}
      </g>
    </svg>
  );
}
