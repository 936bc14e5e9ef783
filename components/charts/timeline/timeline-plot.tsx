'use client';
// The interactive SVG of the timeline: hover and keyboard focus show a period's counts, a brush or a
// click selects periods, Enter selects the focused period, and two keyboard sliders move the ends of
// the selected period (applied on key release, not on every key press, so the page refetches once).
import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import { formatNumber, formatPartialDate } from '@/lib/i18n/format';
import { useElementWidth } from '../shared/use-element-width';
import { columnX, DEFAULT_WIDTH, layoutTimeline, MARGIN, periodAtX } from './layout';
import { Axes, Bars, ColumnHighlight, pct, RangeHandle, Selection, YearOnlyLane } from './marks';
import type { TimelineModel } from './model';
import {
  indicesToRange,
  isOpen,
  moveRange,
  rangeToIndices,
  stepHandle,
  type Handle,
  type PeriodRange,
} from './range';
import { TimelineTooltip, type TooltipContent } from './timeline-parts';
import { useBrush } from './use-brush';

/** A selection made here, shown until the page hands back a new `range`. */
interface Pending {
  /** The `range` prop and the data it was made against: new data or a new range supersede it. */
  base: string;
  model: TimelineModel;
  indices: [number, number];
  range: PeriodRange;
  applied: boolean;
}

const rangeKey = (r: PeriodRange) => `${r.from ?? ''}/${r.to ?? ''}`;

export interface TimelinePlotProps {
  model: TimelineModel;
  range: PeriodRange;
  onRangeChange: (range: PeriodRange) => void;
  title: string;
  /** Label of a series key (kind, topic, other, none). */
  label: (key: string) => string;
}

export function TimelinePlot({ model, range, onRangeChange, title, label }: TimelinePlotProps) {
  const t = useTranslations('timeline');
  const locale = useLocale();
  const [wrapRef, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const layout = useMemo(() => layoutTimeline(model, width), [model, width]);
  const n = model.periods.length;
  const id = useId();
  const brushRef = useRef<SVGGElement>(null);
  const columnRefs = useRef<Array<SVGRectElement | null>>([]);

  const [hover, setHover] = useState<number | null>(null);
  const [hoverYear, setHoverYear] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const [live, setLive] = useState<[number, number] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const base = rangeKey(range);
  const valid = pending && pending.base === base && pending.model === model ? pending : null;
  const shown = valid ? valid.range : range;
  const propIndices = useMemo(() => rangeToIndices(model, range), [model, range]);
  const indices = valid ? valid.indices : propIndices;
  const selected = live ?? (isOpen(shown) ? null : indices);

  const format = useMemo(() => (v: number) => formatNumber(v, locale), [locale]);
  // Per period: the tooltip's content and the column's accessible name (computed once per data).
  const details = useMemo(() => {
    const bands = new Map(model.yearOnly.map((b) => [b.year, b]));
    const lines = (values: Record<string, number>) =>
      [...model.series]
        .reverse()
        .filter((s) => (values[s.key] ?? 0) > 0)
        .map((s) => ({ key: s.key, color: s.color, label: label(s.key), value: format(values[s.key]!) }));
    return model.periods.map((p) => {
      const band = model.interval === 'month' ? bands.get(p.year) : undefined;
      const period = formatPartialDate(p.key, locale);
      const content: TooltipContent = {
        heading: period,
        total: t('records', { count: p.count }),
        lines: lines(p.values),
        extra: band ? t('yearOnlyAlso', { count: band.count, year: String(p.year) }) : null,
      };
      const breakdown = content.lines.map((l) => `${l.label} ${l.value}`).join(', ');
      const name =
        t('column', { period, count: p.count }) +
        (breakdown ? ` (${breakdown})` : '') +
        (content.extra ? `, ${content.extra}` : '');
      return { period, content, name, bandLines: band ? lines(band.values) : null };
    });
  }, [model, label, locale, t, format]);

  const commit = (next: [number, number], nextRange: PeriodRange) => {
    setPending({ base, model, indices: next, range: nextRange, applied: true });
    onRangeChange(nextRange);
  };
  const selectPeriods = (i0: number, i1: number) =>
    commit([Math.min(i0, i1), Math.max(i0, i1)], indicesToRange(model, i0, i1));

  useBrush(brushRef, layout, n, {
    onBrush: (i) => {
      setLive(i);
      setHover(null);
    },
    onSelect: ([i0, i1]) => selectPeriods(i0, i1),
  });

  // Roving tab stop over the period columns: starts on the latest period with records.
  const lastWithData = model.periods.findLastIndex((p) => p.count > 0);
  const current = Math.min(n - 1, Math.max(0, active ?? lastWithData));
  const page = model.interval === 'month' ? 12 : 10;
  const onColumnKey = (e: KeyboardEvent<SVGRectElement>, i: number) => {
    const moves: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowUp: i + 1,
      ArrowLeft: i - 1,
      ArrowDown: i - 1,
      PageUp: i + page,
      PageDown: i - page,
      Home: 0,
      End: n - 1,
    };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      selectPeriods(i, i);
      return;
    }
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const next = Math.min(n - 1, Math.max(0, target));
    setActive(next);
    columnRefs.current[next]?.focus();
  };

  const onHandleKey = (handle: Handle) => (e: KeyboardEvent<SVGGElement>) => {
    const next = stepHandle(model, indices, handle, e.key);
    if (!next) return;
    e.preventDefault();
    if (next[0] === indices[0] && next[1] === indices[1]) return;
    setPending({ base, model, indices: next, range: moveRange(model, shown, indices, next), applied: false });
  };
  const applyHandles = () => {
    if (!valid || valid.applied) return;
    setPending({ ...valid, applied: true });
    onRangeChange(valid.range);
  };

  // The <svg> spans the plot: its box's left edge is the plot's, its height the layout's.
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (live) return;
    const box = e.currentTarget.getBoundingClientRect();
    if (!box.width || !box.height) return;
    const f = (e.clientX - box.left) / box.width;
    const py = ((e.clientY - box.top) * layout.height) / box.height;
    const { plot } = layout;
    const inside = f >= 0 && f <= 1 && py >= plot.top && py <= plot.bottom;
    setHover(inside ? periodAtX(layout, plot.left + f * (plot.right - plot.left), n) : null);
  };

  const tip = tooltipAt();
  function tooltipAt(): { content: TooltipContent; x: number; y: number } | null {
    if (live) return null;
    if (hoverYear !== null) {
      const band = model.yearOnly.find((b) => b.year === hoverYear);
      const mark = layout.yearOnly.find((b) => b.year === hoverYear);
      const i = band ? band.first : -1;
      if (!band || !mark || !details[i]) return null;
      const content: TooltipContent = {
        heading: t('yearOnlyPeriod', { year: String(band.year) }),
        total: t('records', { count: band.count }),
        lines: details[i].bandLines ?? [],
        extra: null,
      };
      return { content, x: mark.x + mark.width / 2, y: mark.y };
    }
    const i = hover ?? focused;
    const d = i === null ? undefined : details[i];
    if (i === null || !d) return null;
    const top = Math.min(layout.plot.bottom, ...layout.bars.filter((b) => b.period === i).map((b) => b.y));
    return { content: d.content, x: columnX(layout, i) + layout.step / 2, y: top };
  }
  const edge = Math.min(110, layout.width / 2);

  const shownIndices = live ?? indices;
  const idle = isOpen(shown) && !live;
  const handleText = (i: number) => details[i]?.period ?? '';
  return (
    // The padding is the plot's margin: the <svg> inside spans the plot, and the axis labels overflow
    // into the margin (see marks.tsx).
    <div className="timeline" ref={wrapRef} style={{ paddingLeft: MARGIN.left, paddingRight: MARGIN.right }}>
      <svg
        width="100%"
        height={layout.height}
        aria-labelledby={`${id}-title ${id}-desc`}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{t('desc', { interval: model.interval, stack: model.stack })}</desc>
        <Axes layout={layout} format={format} />
        <ColumnHighlight layout={layout} index={hover ?? focused} ring={focused !== null && hover === null} />
        {selected ? <Selection layout={layout} indices={selected} /> : null}
        <YearOnlyLane
          layout={layout}
          format={format}
          onHover={setHoverYear}
          onSelect={(year) => {
            const band = model.yearOnly.find((b) => b.year === year);
            if (band) commit([band.first, band.last], { from: String(year), to: String(year) });
          }}
        />
        <Bars layout={layout} selected={selected} />
        <g className="timeline__columns" role="group" aria-label={title}>
          {model.periods.map((p, i) => (
            <rect
              key={p.key}
              ref={(el) => {
                columnRefs.current[i] = el;
              }}
              className="timeline__column"
              x={pct(i * layout.fstep)}
              y={layout.plot.top}
              width={pct(layout.fstep)}
              height={layout.plot.bottom - layout.plot.top}
              fill="transparent"
              role="button"
              tabIndex={i === current ? 0 : -1}
              aria-label={details[i]?.name}
              onKeyDown={(e) => onColumnKey(e, i)}
              onFocus={() => {
                setFocused(i);
                setActive(i);
              }}
              onBlur={() => setFocused(null)}
            />
          ))}
        </g>
        <g ref={brushRef} className="timeline__brush" />
        {(['start', 'end'] as const).map((h) => (
          <RangeHandle
            key={h}
            layout={layout}
            fx={(h === 'start' ? shownIndices[0] : shownIndices[1] + 1) * layout.fstep}
            label={t(h === 'start' ? 'handleStart' : 'handleEnd')}
            valueMin={h === 'start' ? 0 : indices[0]}
            valueMax={h === 'start' ? indices[1] : n - 1}
            valueNow={h === 'start' ? indices[0] : indices[1]}
            valueText={handleText(h === 'start' ? indices[0] : indices[1])}
            idle={idle}
            onKeyDown={onHandleKey(h)}
            onKeyUp={applyHandles}
            onBlur={applyHandles}
          />
        ))}
      </svg>
      {tip ? (
        <TimelineTooltip
          content={tip.content}
          x={Math.min(layout.width - edge, Math.max(edge, tip.x))}
          y={tip.y}
        />
      ) : null}
    </div>
  );
}
