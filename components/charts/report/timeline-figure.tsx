// The timeline for a report image: the same model, layout and marks as the interactive chart, without
// the pointer and keyboard layers; the filter's period is shown as the chart shows it.
import type { TimelineResponse } from '@/lib/domain/api';
import { formatNumber } from '@/lib/i18n/format';
import { layoutTimeline } from '../timeline/layout';
import { Axes, Bars, Selection, YEAR_ONLY_FILL, YEAR_ONLY_STROKE, YearOnlyLane } from '../timeline/marks';
import { buildTimelineModel, NO_TOPIC, OTHER_TOPICS, summarise } from '../timeline/model';
import { isOpen, rangeToIndices, type PeriodRange } from '../timeline/range';
import { BoxSwatch, type ChartFigure } from './report-svg';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const noop = () => {};

export function timelineFigure({
  data,
  width,
  range,
  locale,
  t,
  topicNames,
}: {
  data: TimelineResponse;
  width: number;
  range: PeriodRange;
  locale: string;
  /** Translator over every namespace. */
  t: Translate;
  topicNames: Record<string, string>;
}): ChartFigure {
  const model = buildTimelineModel(data);
  const summary = summarise(model, locale, (key, values) => t(`timeline.${key}`, values));
  if (model.total === 0) return emptyFigure(t, summary);
  const layout = layoutTimeline(model, width);
  const format = (n: number) => formatNumber(n, locale);
  const label = (key: string) =>
    model.stack !== 'topic'
      ? t(`kinds.${key}`)
      : key === NO_TOPIC
        ? t('timeline.noTopic')
        : key === OTHER_TOPICS
          ? t('timeline.otherTopics')
          : (topicNames[key] ?? key);
  const selected = isOpen(range) ? null : rangeToIndices(model, range);
  return {
    height: layout.height,
    summary,
    body: (
      // The marks are drawn in the plot's coordinates (see ../timeline/marks.tsx).
      <svg
        x={layout.plot.left}
        width={layout.plot.right - layout.plot.left}
        height={layout.height}
        overflow="visible"
        fontSize={11}
        fill="#5a6877"
      >
        <Axes layout={layout} format={format} />
        {selected ? <Selection layout={layout} indices={selected} /> : null}
        <YearOnlyLane layout={layout} format={format} onSelect={noop} onHover={noop} />
        <Bars layout={layout} selected={selected} />
      </svg>
    ),
    legend: [
      ...[...model.series].reverse().map((s) => ({
        key: s.key,
        label: label(s.key),
        swatch: <BoxSwatch fill={s.color} />,
      })),
      ...(model.yearOnly.length
        ? [
            {
              key: 'year-only',
              label: t('timeline.yearOnly'),
              swatch: <BoxSwatch fill={YEAR_ONLY_FILL} stroke={YEAR_ONLY_STROKE} dash="3 2" />,
            },
          ]
        : []),
    ],
  };
}

/** A designed empty state: the report still says what was asked for and that nothing matched. */
export function emptyFigure(t: Translate, summary: string): ChartFigure {
  return {
    height: 80,
    summary,
    body: (
      <g>
        <rect x={0.5} y={0.5} width="99.5%" height={79} rx={6} fill="#f4f7fa" stroke="#d5dde6" />
        <text x={16} y={45} fontSize={14} fill="#3b4a5a">
          {t('report.image.empty')}
        </text>
      </g>
    ),
    legend: [],
  };
}
