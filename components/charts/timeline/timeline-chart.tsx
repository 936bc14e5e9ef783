'use client';
// Records over time, stacked by kind or by topic, with a brush and keyboard sliders that set the
// filter's period. The page owns the data and the URL: this component reports what the user chose
// (onRangeChange, onStackChange) and shows what it is given.
import { useCallback, useMemo } from 'react';
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import type { TimelineResponse, TimelineStack } from '@/lib/domain/api';
import { formatNumber, formatPartialDate, formatPartialRange } from '@/lib/i18n/format';
import { useChartDisplay } from '../shared/chart-display';
import { ChartEmpty, ChartFrame, type ChartState } from '../shared/chart-frame';
import { HEIGHT } from './layout';
import { buildTimelineModel, NO_TOPIC, OTHER_TOPICS, summarise, tableRows } from './model';
import { isOpen, OPEN_RANGE, type PeriodRange } from './range';
import { TimelineLegend, TimelineTable } from './timeline-parts';
import { TimelinePlot } from './timeline-plot';

export type { PeriodRange } from './range';

export interface TimelineChartProps {
  /** The API answer; may be absent while the first answer loads or after an error. */
  data: TimelineResponse | undefined;
  /** The stacking the user asked for (the data may still hold the previous one while loading). */
  stack: TimelineStack;
  /** Topic id → name in the page's language (FilterOptions.topics). */
  topicNames: Record<string, string>;
  /** The filter's current period. */
  range: PeriodRange;
  /** Brushing, clicking a bar, Enter on a period or releasing a slider key sets the period. */
  onRangeChange: (range: PeriodRange) => void;
  /** Shows the "By kind | By topic" switch when given. */
  onStackChange?: (stack: TimelineStack) => void;
  state: ChartState;
  /** Newer data is loading: the chart is dimmed. */
  stale?: boolean;
  title?: string;
  level?: 2 | 3;
  onRetry?: () => void;
  /** Base of the frame's element ids, when a page shows more than one timeline. */
  id?: string;
}

export function TimelineChart({
  data,
  stack,
  topicNames,
  range,
  onRangeChange,
  onStackChange,
  state,
  stale,
  title,
  level,
  onRetry,
  id,
}: TimelineChartProps) {
  const t = useTranslations('timeline');
  const tc = useTranslations('charts');
  const tk = useTranslations('kinds');
  const locale = useLocale();
  const { legend } = useChartDisplay();
  const model = useMemo(() => (data ? buildTimelineModel(data) : null), [data]);
  const label = useCallback(
    (key: string) => {
      if (model?.stack !== 'topic') return tk(key as never);
      if (key === NO_TOPIC) return t('noTopic');
      if (key === OTHER_TOPICS) return t('otherTopics');
      return topicNames[key] ?? key;
    },
    [model?.stack, t, tk, topicNames],
  );
  const heading = title ?? t('title');
  const format = (n: number) => formatNumber(n, locale);

  const summary = model
    ? summarise(model, locale, (key, values) => t(key, values))
    : state === 'error'
      ? tc('error')
      : tc('loading');

  const toolbar = (
    <>
      {onStackChange ? (
        <div className="segmented" role="group" aria-label={t('stackLabel')}>
          {(['kind', 'topic'] as const).map((s) => (
            <button key={s} type="button" aria-pressed={stack === s} onClick={() => onStackChange(s)}>
              {t(s === 'kind' ? 'byKind' : 'byTopic')}
            </button>
          ))}
        </div>
      ) : null}
      {!isOpen(range) ? (
        <span className="timeline__period">
          {range.from && range.to
            ? t('period', { range: formatPartialRange(range.from, range.to, locale) })
            : range.from
              ? t('periodFrom', { from: formatPartialDate(range.from, locale) })
              : t('periodTo', { to: formatPartialDate(range.to!, locale) })}
          <button type="button" className="button" onClick={() => onRangeChange(OPEN_RANGE)}>
            {t('clear')}
          </button>
        </span>
      ) : null}
    </>
  );

  let body;
  if (!model) {
    body =
      state === 'error' ? (
        <div className="error-state" role="alert">
          <p>{tc('error')}</p>
          {onRetry ? (
            <button type="button" className="button" onClick={onRetry}>
              {tc('retry')}
            </button>
          ) : null}
        </div>
      ) : (
        <div className="timeline__placeholder" style={{ height: HEIGHT }} />
      );
  } else if (model.total === 0) {
    body = <ChartEmpty title={tc('emptyTitle')} hint={tc('emptyHint')} />;
  } else {
    body = (
      <>
        <TimelinePlot
          model={model}
          range={range}
          onRangeChange={onRangeChange}
          title={heading}
          label={label}
        />
        {legend ? (
          <TimelineLegend
            series={model.series}
            label={label}
            yearOnlyLabel={model.yearOnly.length ? t('yearOnly') : null}
            note={model.stack === 'topic' ? t('topicNote') : null}
          />
        ) : null}
      </>
    );
  }

  return (
    <ChartFrame
      chart="timeline"
      id={id}
      state={state}
      stale={stale}
      title={heading}
      summary={summary}
      level={level}
      toolbar={toolbar}
      tableLabel={tc('showTable')}
      table={
        model && model.total > 0 ? (
          <TimelineTable
            rows={tableRows(model)}
            series={model.series}
            label={label}
            locale={locale}
            format={format}
            headings={{
              period: t('tablePeriod'),
              total: t('tableTotal'),
              yearOnly: (year) => t('yearOnlyPeriod', { year }),
            }}
          />
        ) : undefined
      }
    >
      {body}
    </ChartFrame>
  );
}
