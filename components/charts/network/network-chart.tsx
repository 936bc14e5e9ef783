'use client';
// The network chart: actors as marks (shape and colour by kind, size by records), ties as lines
// (width by weight). Hover shows an actor; click, Enter or Space focuses it (the page then asks for
// its ego network); Escape clears the focus. SVG up to a few hundred actors, canvas beyond.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocale } from 'use-intl/react';
import { useTranslations } from '@/lib/i18n/translations';
import type { NetworkEdgeMeasure, NetworkResponse } from '@/lib/domain/api';
import { ACTOR_KINDS, type ActorKind } from '@/lib/domain/vocab';
import { dirOf, type Locale } from '@/lib/i18n/config';
import { useChartDisplay } from '../shared/chart-display';
import { ChartEmpty, ChartFrame, type ChartState } from '../shared/chart-frame';
import { useElementWidth } from '../shared/use-element-width';
import { placeLabels } from './labels';
import { CANVAS_THRESHOLD, DEFAULT_WIDTH, layoutMarks, networkHeight } from './layout';
import type { NodeState } from './marks';
import {
  actorDescription,
  buildModel,
  degreeOf,
  focusCaption,
  focusCentrality,
  formatCount,
  networkSummary,
  type Translate,
} from './model';
import { ARROW_KEYS, nearestInDirection } from './navigation';
import { NetworkCanvas } from './network-canvas';
import { NetworkControls } from './network-controls';
import { NetworkLegend, NetworkTooltip, ZoomControls } from './network-overlays';
import { NetworkSvg } from './network-svg';
import { NetworkTable } from './network-table';
import { useNetworkLayout } from './use-network-layout';
import { useZoom } from './use-zoom';

/** Labels that may cover other marks (see placeLabels): the focus, the hovered actor, the biggest. */
const FORCED_LABELS = 6;

export interface NetworkChartProps {
  data: NetworkResponse;
  /** The focused actor (highlighted with its partners); the page usually also asks for its ego network. */
  focus: string | null;
  depth: 1 | 2;
  edgeMeasure: NetworkEdgeMeasure;
  /** Click, Enter or Space on an actor; null on Escape or "show the whole network". */
  onFocus: (actorId: string | null) => void;
  onDepthChange?: (depth: 1 | 2) => void;
  onEdgeMeasureChange?: (measure: NetworkEdgeMeasure) => void;
  state: ChartState;
  /** Newer data is loading: the current picture stays, dimmed. */
  stale?: boolean;
  onRetry?: () => void;
  title?: string;
  level?: 2 | 3;
  /** Base of the element ids (two network charts on one page need different ones). */
  id?: string;
}

export function NetworkChart(props: NetworkChartProps) {
  const { data, focus, state, onFocus } = props;
  const t = useTranslations('network') as Translate;
  const tc = useTranslations('charts');
  const tk = useTranslations('actorKinds');
  const locale = useLocale();
  const { legend } = useChartDisplay();
  const fmt = (n: number) => formatCount(n, locale);
  const kindName = (k: ActorKind) => tk(k);
  const model = useMemo(() => buildModel(data), [data]);
  const [box, width, measured] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const { laidOut, pending } = useNetworkLayout(model, width, networkHeight(width), measured);
  // While a large graph is laid out again, the previous picture (and its graph) stays on screen.
  const shown = laidOut?.model ?? model;
  const marks = useMemo(
    () => (laidOut ? layoutMarks(laidOut.model, laidOut.positions, laidOut.width, laidOut.height) : null),
    [laidOut],
  );
  const zoom = useZoom(marks?.width ?? width, marks?.height ?? 0, marks);
  const [hovered, setHovered] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const nodeEls = useRef(new Map<string, SVGGElement>());

  const focusId = focus && shown.byId.has(focus) ? focus : null;
  const lit = (hovered && shown.byId.has(hovered) ? hovered : null) ?? focusId;
  const stateOf = useMemo(() => {
    const near = lit ? shown.neighbours.get(lit)! : null;
    return (id: string): NodeState => (!lit ? 'normal' : id === lit ? 'lit' : near!.has(id) ? 'near' : 'dim');
  }, [lit, shown]);

  const { transform } = zoom;
  const screen = useMemo(
    () => (marks?.nodes ?? []).map((n) => ({ ...n, sx: transform.applyX(n.x), sy: transform.applyY(n.y) })),
    [marks, transform],
  );
  const labels = useMemo(() => {
    if (!marks) return [];
    const inView = screen.filter(
      (n) => n.sx >= 0 && n.sx <= marks.width && n.sy >= 0 && n.sy <= marks.height,
    );
    const boost = (id: string) =>
      id === focusId ? 4e9 : id === lit ? 3e9 : stateOf(id) === 'near' ? 1e9 : 0;
    return placeLabels(
      inView.map((n) => ({
        id: n.id,
        x: n.sx,
        y: n.sy,
        r: n.r,
        text: shown.byId.get(n.id)!.label,
        priority: boost(n.id) + shown.byId.get(n.id)!.records,
      })),
      inView.map((n) => ({ id: n.id, x: n.sx, y: n.sy, r: n.r })),
      marks.width,
      marks.height,
      FORCED_LABELS,
    );
  }, [marks, screen, shown, focusId, lit, stateOf]);

  const centrality = useMemo(() => (focusId ? focusCentrality(shown, focusId) : null), [shown, focusId]);
  const caption = focusId ? focusCaption(shown, focusId, centrality, t, kindName, locale) : null;
  const nodeLabel = (id: string) => actorDescription(shown, id, t, kindName, locale);

  // Roving focus: one tab stop into the marks (the last one visited, else the focus, else the biggest).
  const tabStop =
    (active && shown.byId.has(active) ? active : null) ?? focusId ?? marks?.nodes[0]?.id ?? null;
  const onKeyDown = (e: KeyboardEvent<Element>) => {
    const current = (e.target as Element).getAttribute('data-actor') ?? tabStop;
    if (!current) return;
    const dir = ARROW_KEYS[e.key];
    if (dir) {
      e.preventDefault();
      const points = screen.map((n) => ({ id: n.id, x: n.sx, y: n.sy }));
      const next = nearestInDirection(points, current, dir);
      if (next) {
        setActive(next);
        nodeEls.current.get(next)?.focus();
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onFocus(current);
    } else if (e.key === 'Escape' && focus) {
      e.preventDefault();
      onFocus(null);
    }
  };
  const select = (id: string) => {
    setActive(id);
    onFocus(id);
  };

  // Neither depends on the zoom: a pan or zoom re-renders the chart, not its table and summary.
  // Until its data arrives, the chart says it is loading rather than that there is nothing to show.
  const waiting = state === 'loading' && !model.nodes.length;
  const summary = useMemo(
    () => (waiting ? tc('loading') : networkSummary(model, t, locale)),
    [waiting, tc, model, t, locale],
  );
  const table = useMemo(
    () =>
      model.nodes.length ? (
        <NetworkTable model={model} t={t} kindName={(k: ActorKind) => tk(k)} locale={locale} />
      ) : undefined,
    [model, t, tk, locale],
  );
  const tip = hovered ?? (keyboard ? tabStop : null);
  const tipNode = tip ? screen.find((n) => n.id === tip) : undefined;
  const title = props.title ?? t('title');
  const base = props.id ?? 'chart-network';

  let body;
  if (state === 'error')
    body = (
      <div className="chart-empty" role="alert">
        <p className="chart-empty__title">{tc('error')}</p>
        {props.onRetry ? (
          <button type="button" className="button" onClick={props.onRetry}>
            {tc('retry')}
          </button>
        ) : null}
      </div>
    );
  else if (!model.nodes.length && state === 'loading')
    body = <p className="network__placeholder">{tc('loading')}</p>;
  else if (!model.nodes.length) body = <ChartEmpty title={t('emptyTitle')} hint={t('emptyHint')} />;
  else if (!marks) body = <p className="network__placeholder">{t('layingOut')}</p>;
  else
    body = (
      <>
        <div className="network__stage" data-layout={pending ? 'pending' : 'done'}>
          {shown.nodes.length > CANVAS_THRESHOLD ? (
            <NetworkCanvas
              marks={marks}
              screen={screen}
              transform={transform}
              stateOf={stateOf}
              lit={lit}
              focus={focusId}
              active={tabStop}
              showActive={keyboard}
              labels={labels}
              ariaLabel={`${t('canvasLabel', { nodesText: fmt(shown.nodes.length) })}. ${t('keyboardHint')}`}
              canvasRef={zoom.attach}
              onHover={setHovered}
              onSelect={select}
              onKeyDown={onKeyDown}
              onFocus={() => setKeyboard(true)}
              onBlur={() => setKeyboard(false)}
            />
          ) : (
            <NetworkSvg
              marks={marks}
              screen={screen}
              labels={labels}
              transform={transform}
              lit={lit}
              focus={focusId}
              tabStop={tabStop}
              stateOf={stateOf}
              nodeLabel={nodeLabel}
              title={title}
              desc={`${summary} ${t('keyboardHint')}`}
              idBase={base}
              dir={dirOf(locale as Locale)}
              svgRef={zoom.attach}
              registerNode={(id, el) => {
                if (el) nodeEls.current.set(id, el);
                else nodeEls.current.delete(id);
              }}
              onKeyDown={onKeyDown}
              onSelect={select}
              onHover={setHovered}
              onNodeFocus={(id) => {
                setActive(id);
                setKeyboard(true);
              }}
              onNodeBlur={() => setKeyboard(false)}
            />
          )}
          {pending ? <p className="network__pending">{t('layingOut')}</p> : null}
          {tipNode ? (
            <NetworkTooltip
              node={shown.byId.get(tipNode.id)!}
              degree={degreeOf(shown, tipNode.id)}
              left={(tipNode.sx / marks.width) * 100}
              top={(tipNode.sy / marks.height) * 100}
              t={t}
              kindName={kindName}
              fmt={fmt}
            />
          ) : null}
        </div>
        {legend ? (
          <NetworkLegend
            kinds={ACTOR_KINDS.filter((k) => shown.nodes.some((n) => n.kind === k))}
            measure={shown.measure}
            t={t}
            kindName={kindName}
          />
        ) : null}
        {shown.truncated ? (
          <p className="network__note">
            {t('truncated', { shown: fmt(shown.nodes.length), total: fmt(shown.totalNodes) })}
          </p>
        ) : null}
      </>
    );

  return (
    <ChartFrame
      chart="network"
      id={base}
      // Ready once there is a picture: while a first layout runs, the chart is still loading; while a
      // new one runs, the previous picture stays, dimmed.
      state={state === 'ready' && !marks && model.nodes.length ? 'loading' : state}
      title={title}
      summary={summary}
      level={props.level}
      stale={props.stale || (pending && !!marks)}
      tableLabel={t('tableLabel')}
      toolbar={
        <>
          <NetworkControls
            t={t}
            depth={props.depth}
            edgeMeasure={props.edgeMeasure}
            showDepth={focus !== null}
            onDepthChange={props.onDepthChange}
            onEdgeMeasureChange={props.onEdgeMeasureChange}
            caption={caption}
            onClearFocus={() => onFocus(null)}
          />
          {marks ? (
            <ZoomControls t={t} zoomIn={zoom.zoomIn} zoomOut={zoom.zoomOut} reset={zoom.reset} />
          ) : null}
        </>
      }
      table={table}
    >
      <div ref={box} className="network">
        {body}
      </div>
    </ChartFrame>
  );
}
