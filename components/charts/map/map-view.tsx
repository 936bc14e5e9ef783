// The world map itself (loaded through next/dynamic by map-chart.tsx, so this code and the country
// paths form their own chunk): hover, focus, keyboard and zoom. The paths are projected ahead of time
// at the reference width (world-layout.json, scripts/world-layout.ts); the SVG's viewBox scales them to
// the measured width, and outlines keep their width on screen (non-scaling strokes).
import {
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import { useChartDisplay } from '../shared/chart-display';
import { ChartEmpty } from '../shared/chart-frame';
import { NO_DATA_FILL } from '../shared/palette';
import { useElementWidth } from '../shared/use-element-width';
import { DEFAULT_WIDTH, nearestInDirection, type Direction } from './layout';
import type { WorldMapProps } from './map-chart';
import { MapError, MapFrame, MapNotes, ZoomButtons } from './map-frame';
import { MapTable } from './map-table';
import { legendLabel, shapeLabel, summarise, valueText, type MapT } from './map-text';
import { BLOC_STROKE, CountryShapes, MapLegend, NoDataPattern, Outlines, SELECTED_STROKE } from './marks';
import { buildMapModel, type ShapeDatum } from './model';
import { useMapZoom } from './use-map-zoom';
import { WORLD_LAYOUT, WORLD_REFS } from './world-layout';

const focusVisible = (el: Element) => {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // an engine without :focus-visible (jsdom): treat focus as keyboard focus
  }
};

const SHAPE_REFS = WORLD_REFS;

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function WorldMapView(props: WorldMapProps) {
  const { mode, counts, countries, stances, selected, highlight, onSelectCountry, state } = props;
  const t = useTranslations('map') as MapT;
  const tc = useTranslations('charts');
  const locale = useLocale();
  const { legend } = useChartDisplay();
  const [stageRef, width] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const svgRef = useRef<SVGSVGElement>(null);
  const uid = useId();
  const ids = { title: `${uid}-title`, desc: `${uid}-desc`, hatch: `${uid}-hatch` };

  const layout = WORLD_LAYOUT;
  // CSS pixels per layout unit: the tooltip is placed in the first, the shapes in the second.
  const scale = width / layout.width;
  const model = useMemo(
    () => buildMapModel({ mode, counts, countries, stances, shapes: SHAPE_REFS, locale }),
    [mode, counts, countries, stances, locale],
  );
  const zoom = useMapZoom(svgRef, layout.width, layout.height);

  const [hover, setHover] = useState<{ key: string; x: number; y: number } | null>(null);
  // The country with keyboard focus: it gets the focus ring and the tooltip. A click also focuses a
  // country (it has a tabindex), but the pointer's own tooltip is enough then.
  const [focused, setFocused] = useState<string | null>(null);
  const byKeyboard = useRef(false);
  const [active, setActive] = useState<string | null>(null);

  const selectedSet = new Set(selected);
  const highlightSet = new Set(highlight ?? []);
  const { datumOf, placedOf, navigable, firstStop } = useMemo(() => {
    const datumOf = new Map(model.shapes.map((d) => [d.key, d]));
    const navigable = layout.shapes.filter((p) => datumOf.get(p.key)?.navigable);
    const keyOf = new Map(navigable.map((p) => [datumOf.get(p.key)?.iso3, p.key]));
    // Without a country reached yet, the tab stop is the state with most records (records mode) or the
    // voter nearest the top left (stance mode).
    const firstStop =
      mode === 'records'
        ? keyOf.get(model.rows.find((r) => keyOf.has(r.iso3))?.iso3)
        : [...navigable].sort((a, b) => Math.hypot(...a.anchor) - Math.hypot(...b.anchor))[0]?.key;
    return { datumOf, placedOf: new Map(layout.shapes.map((p) => [p.key, p])), navigable, firstStop };
  }, [model, layout, mode]);
  const isNavigable = (key: string | null) => key !== null && !!datumOf.get(key)?.navigable;
  // The roving tab stop: the last country reached, else a selected one, else the first stop.
  const fallback =
    navigable.find((p) => selectedSet.has(datumOf.get(p.key)?.iso3 ?? ''))?.key ?? firstStop ?? null;
  const activeKey = isNavigable(active) ? active : fallback;

  const summary =
    state === 'loading' ? tc('loading') : state === 'error' ? tc('error') : summarise(model, t, locale);
  const empty =
    state === 'ready' && (mode === 'records' ? model.statesWithRecords === 0 : (stances ?? []).length === 0);
  const frame = (body: ReactNode, table?: ReactNode) => (
    <MapFrame {...props} summary={summary} table={table}>
      {body}
    </MapFrame>
  );
  if (state === 'error') return frame(<MapError onRetry={props.onRetry} />);
  if (empty)
    return frame(
      <ChartEmpty
        title={tc('emptyTitle')}
        hint={
          mode === 'stance'
            ? t('emptyStanceHint')
            : counts.total > 0
              ? t('emptyNoStates', { count: counts.total })
              : tc('emptyHint')
        }
      />,
    );

  const interactive = state === 'ready';
  const focusShape = (key: string) => {
    byKeyboard.current = true;
    svgRef.current?.querySelector<SVGPathElement>(`[data-key="${key}"]`)?.focus();
    byKeyboard.current = false;
  };
  const onKeyDown = (key: string, e: KeyboardEvent<SVGPathElement>) => {
    const direction = ARROWS[e.key];
    const datum = datumOf.get(key);
    if (direction) {
      e.preventDefault();
      const from = placedOf.get(key)?.anchor;
      const others = navigable.filter((p) => p.key !== key);
      const next = from ? nearestInDirection(from, others, direction) : null;
      if (next) focusShape(next);
    } else if ((e.key === 'Enter' || e.key === ' ') && datum?.iso3) {
      e.preventDefault();
      onSelectCountry(datum.iso3);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setFocused(null);
      stageRef.current?.focus();
    }
  };
  const handlers = interactive
    ? {
        onPointerMove: (key: string, e: PointerEvent<SVGPathElement>) => {
          const box = stageRef.current?.getBoundingClientRect();
          if (box) setHover({ key, x: e.clientX - box.left, y: e.clientY - box.top });
        },
        onPointerLeave: () => setHover(null),
        onClick: (key: string) => {
          const datum = datumOf.get(key);
          if (datum?.iso3) onSelectCountry(datum.iso3);
          if (isNavigable(key)) setActive(key);
        },
        onFocus: (key: string, e: FocusEvent<SVGPathElement>) => {
          setActive(key);
          setFocused(byKeyboard.current || focusVisible(e.currentTarget) ? key : null);
          const anchor = placedOf.get(key)?.anchor;
          if (anchor) zoom.reveal(anchor);
        },
        onBlur: () => setFocused(null),
        onKeyDown,
      }
    : null;

  // The tooltip follows the pointer, or points at the focused country's anchor in the current view.
  const { k, x: tx, y: ty } = zoom.transform;
  const focusAnchor = focused ? placedOf.get(focused)?.anchor : undefined;
  const tip =
    hover ??
    (focused && focusAnchor
      ? { key: focused, x: (tx + k * focusAnchor[0]) * scale, y: (ty + k * focusAnchor[1]) * scale }
      : null);
  const tipDatum = tip ? datumOf.get(tip.key) : undefined;
  // Near an edge the tooltip hangs towards the middle instead of spilling out of the chart.
  const tipShift = !tip
    ? '-50%'
    : tip.x < width / 4
      ? '-12px'
      : tip.x > (width * 3) / 4
        ? 'calc(-100% + 12px)'
        : '-50%';
  const data: ShapeDatum[] = interactive
    ? model.shapes
    : model.shapes.map((d) => ({ ...d, fill: NO_DATA_FILL, navigable: false }) as ShapeDatum);
  const outline = (keep: (d: ShapeDatum) => boolean) =>
    layout.shapes.filter((p) => {
      const d = datumOf.get(p.key);
      return d ? keep(d) : false;
    });
  const selectedShapes = outline((d) => !!d.iso3 && selectedSet.has(d.iso3));
  const blocShapes = outline((d) => !!d.iso3 && highlightSet.has(d.iso3));
  const focusedShape = focused ? placedOf.get(focused) : undefined;
  // On a phone-sized map full-width outlines would hide the fill of the smaller states they surround.
  const thin = width < 600 ? 0.7 : 1;

  const body = (
    <>
      <div ref={stageRef} className="world-map__stage" tabIndex={-1}>
        <svg
          ref={svgRef}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-labelledby={ids.title}
          aria-describedby={ids.desc}
          className={k > 1 ? 'is-zoomed' : undefined}
        >
          <title id={ids.title}>{t('svgTitle')}</title>
          <desc id={ids.desc}>{t(mode === 'stance' ? 'svgDescStance' : 'svgDescRecords')}</desc>
          <defs>
            <NoDataPattern id={ids.hatch} />
          </defs>
          <g transform={k === 1 && tx === 0 && ty === 0 ? undefined : `translate(${tx},${ty}) scale(${k})`}>
            <CountryShapes
              placed={layout.shapes}
              data={data}
              patternId={ids.hatch}
              activeKey={activeKey}
              label={(d) => shapeLabel(d, mode, t, !!d.iso3 && selectedSet.has(d.iso3))}
              handlers={handlers}
            />
            <Outlines paths={blocShapes} stroke={BLOC_STROKE} width={2 * thin} className="world-map__bloc" />
            <Outlines
              paths={selectedShapes}
              stroke={SELECTED_STROKE}
              width={2.5 * thin}
              className="world-map__selected"
            />
            {focusedShape ? <Outlines paths={[focusedShape]} width={3} className="world-map__focus" /> : null}
          </g>
        </svg>
        {tip && tipDatum ? (
          <div
            className="chart-tooltip"
            aria-hidden="true"
            style={{ left: tip.x, top: tip.y, transform: `translate(${tipShift}, calc(-100% - 10px))` }}
          >
            <strong>{tipDatum.name}</strong>
            <br />
            {valueText(tipDatum, mode, t)}
          </div>
        ) : null}
        {interactive ? (
          <ZoomButtons zoomed={k > 1} onZoomIn={zoom.zoomIn} onZoomOut={zoom.zoomOut} onReset={zoom.reset} />
        ) : null}
      </div>
      {interactive && legend ? (
        <MapLegend
          heading={t(mode === 'stance' ? 'legendStance' : 'legendRecords')}
          items={model.legend}
          labelOf={(item) => legendLabel(item, t, locale)}
          patternId={ids.hatch}
          outlines={[
            ...(selectedShapes.length
              ? [{ key: 'selected', label: t('legendSelected'), stroke: SELECTED_STROKE }]
              : []),
            ...(blocShapes.length ? [{ key: 'bloc', label: t('legendBloc'), stroke: BLOC_STROKE }] : []),
          ]}
        />
      ) : null}
      <MapNotes source={mode === 'stance' ? props.stanceSource : undefined} />
    </>
  );
  return frame(body, interactive ? <MapTable model={model} t={t} locale={locale} /> : undefined);
}
