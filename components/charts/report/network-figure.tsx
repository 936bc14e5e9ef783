// The network for a report image: the same seeded layout as the chart (so the picture matches what
// the reader saw at that width), every actor drawn as SVG whatever the graph's size, and the labels
// placed as the chart places them.
import type { NetworkResponse } from '@/lib/domain/api';
import { ACTOR_KINDS } from '@/lib/domain/vocab';
import { dirOf, type Locale } from '@/lib/i18n/config';
import { bidiText } from '@/lib/i18n/svg-text';
import { ACTOR_KIND_COLORS } from '../shared/palette';
import { placeLabels } from '../network/labels';
import { computePositions, layoutMarks, networkHeight, positionInput } from '../network/layout';
import { EdgeLayer } from '../network/marks';
import { buildModel, networkSummary } from '../network/model';
import { shapeOf, shapePath } from '../network/shapes';
import type { ChartFigure } from './report-svg';
import { emptyFigure, type Translate } from './timeline-figure';

const FORCED_LABELS = 6;

export function networkFigure({
  data,
  width,
  locale,
  t,
}: {
  data: NetworkResponse;
  width: number;
  locale: string;
  t: Translate;
}): ChartFigure {
  const tn: Translate = (key, values) => t(`network.${key}`, values);
  const model = buildModel(data);
  const summary = networkSummary(model, tn, locale);
  if (!model.nodes.length) return emptyFigure(t, summary);
  const height = networkHeight(width);
  const marks = layoutMarks(model, computePositions(positionInput(model, width, height)), width, height);
  const focus = model.focus;
  const near = focus ? model.neighbours.get(focus) : undefined;
  const labels = placeLabels(
    marks.nodes.map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      r: n.r,
      text: model.byId.get(n.id)!.label,
      priority: (n.id === focus ? 4e9 : near?.has(n.id) ? 1e9 : 0) + model.byId.get(n.id)!.records,
    })),
    marks.nodes,
    width,
    height,
    FORCED_LABELS,
  );
  const kinds = ACTOR_KINDS.filter((k) => model.nodes.some((n) => n.kind === k));
  return {
    height,
    summary,
    body: (
      <g>
        <EdgeLayer edges={marks.edges} lit={focus} />
        {marks.nodes.map((n) => (
          <g key={n.id} data-actor={n.id}>
            {n.id === focus ? (
              <path d={shapePath(n.shape, n.x, n.y, n.r + 4)} fill="none" stroke="#16212e" strokeWidth={2} />
            ) : null}
            <path d={shapePath(n.shape, n.x, n.y, n.r)} fill={n.color} stroke="#fff" strokeWidth={1} />
          </g>
        ))}
        <g
          fontSize={11}
          fill="#16212e"
          stroke="#fff"
          strokeWidth={3}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {labels.map((l) => (
            <text
              key={l.id}
              x={Math.round(l.x * 100) / 100}
              y={Math.round(l.y * 100) / 100}
              textAnchor={l.anchor}
              dy="0.35em"
            >
              {bidiText(l.text, dirOf(locale as Locale))}
            </text>
          ))}
        </g>
      </g>
    ),
    legend: [
      ...kinds.map((k) => ({
        key: k,
        label: t(`actorKinds.${k}`),
        swatch: <path d={shapePath(shapeOf(k), 6, 6, 5.5)} fill={ACTOR_KIND_COLORS[k]} />,
      })),
      {
        key: 'edges',
        label: t('network.legendEdges', { measure: model.measure }),
        swatch: <path d="M0,6H12" stroke="#5a6877" strokeWidth={2.5} />,
      },
    ],
  };
}
