// The world map for a report image: the interactive map's layout, model and marks, with the filter's
// countries outlined and the legend of the classes it uses.
import type { MapResponse } from '@/lib/domain/api';
import { layoutMap } from '../map/layout';
import { legendLabel, summarise, type MapT } from '../map/map-text';
import { BLOC_STROKE, CountryShapes, fillOf, NoDataPattern, Outlines, SELECTED_STROKE } from '../map/marks';
import { buildMapModel, type MapCountry, type MapMode } from '../map/model';
import { WORLD_REFS } from '../map/world-layout';
import { WORLD_SHAPES } from '../map/world-shapes';
import { BoxSwatch, type ChartFigure } from './report-svg';
import type { Translate } from './timeline-figure';

const HATCH_ID = 'report-hatch';

export function mapFigure({
  mode,
  counts,
  stances,
  countries,
  selected,
  highlight,
  width,
  locale,
  t,
}: {
  mode: MapMode;
  counts: MapResponse;
  stances: Array<{ iso3: string; position: string }> | undefined;
  countries: MapCountry[];
  selected: string[];
  highlight: string[];
  width: number;
  locale: string;
  t: Translate;
}): ChartFigure {
  const tm: MapT = (key, values) => t(`map.${key}`, values);
  const layout = layoutMap(WORLD_SHAPES, width);
  const model = buildMapModel({ mode, counts, countries, stances, shapes: WORLD_REFS, locale });
  const datumOf = new Map(model.shapes.map((d) => [d.key, d]));
  const outline = (set: Set<string>) =>
    layout.shapes.filter((p) => {
      const iso3 = datumOf.get(p.key)?.iso3;
      return !!iso3 && set.has(iso3);
    });
  const selectedShapes = outline(new Set(selected));
  const blocShapes = outline(new Set(highlight));
  const thin = width < 600 ? 0.7 : 1;
  return {
    height: layout.height,
    summary: summarise(model, tm, locale),
    body: (
      <g>
        <defs>
          <NoDataPattern id={HATCH_ID} />
        </defs>
        <CountryShapes
          placed={layout.shapes}
          data={model.shapes}
          patternId={HATCH_ID}
          activeKey={null}
          label={() => ''}
          handlers={null}
        />
        <Outlines paths={blocShapes} stroke={BLOC_STROKE} width={2 * thin} className="world-map__bloc" />
        <Outlines
          paths={selectedShapes}
          stroke={SELECTED_STROKE}
          width={2.5 * thin}
          className="world-map__selected"
        />
      </g>
    ),
    legend: [
      ...model.legend.map((item, i) => ({
        key: `class-${i}`,
        label: legendLabel(item, tm, locale),
        swatch: <BoxSwatch fill={fillOf(item.fill, HATCH_ID)} stroke="#8a96a3" />,
      })),
      ...(selectedShapes.length
        ? [
            {
              key: 'selected',
              label: tm('legendSelected'),
              swatch: <BoxSwatch fill="#fff" stroke={SELECTED_STROKE} />,
            },
          ]
        : []),
      ...(blocShapes.length
        ? [{ key: 'bloc', label: tm('legendBloc'), swatch: <BoxSwatch fill="#fff" stroke={BLOC_STROKE} /> }]
        : []),
    ],
  };
}
