// The HTML around the map: the chart frame with its mode switch, the error body, the zoom buttons and
// the notes under the map (vote source, UN disclaimer, what the boundaries are).
import type { ReactNode } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import { ChartFrame, type ChartState } from '../shared/chart-frame';
import type { MapMode } from './model';

export interface MapFrameProps {
  mode: MapMode;
  onModeChange?: ((mode: MapMode) => void) | undefined;
  state: ChartState;
  stale?: boolean | undefined;
  title?: string | undefined;
  level?: 2 | 3 | undefined;
  id?: string | undefined;
  summary: string;
  table?: ReactNode;
  children: ReactNode;
}

export function MapFrame({ mode, onModeChange, title, summary, table, children, ...rest }: MapFrameProps) {
  const t = useTranslations('map');
  const tc = useTranslations('charts');
  const toolbar = onModeChange ? (
    <div className="segmented" role="group" aria-label={t('modeLabel')}>
      {(['records', 'stance'] as const).map((m) => (
        <button key={m} type="button" aria-pressed={mode === m} onClick={() => onModeChange(m)}>
          {t(m === 'records' ? 'modeRecords' : 'modeStance')}
        </button>
      ))}
    </div>
  ) : null;
  return (
    <ChartFrame
      chart="map"
      id={rest.id}
      state={rest.state}
      title={title ?? t(mode === 'stance' ? 'titleStance' : 'title')}
      summary={summary}
      level={rest.level}
      toolbar={toolbar}
      table={table}
      tableLabel={tc('showTable')}
      stale={rest.stale}
      className="world-map"
    >
      {children}
    </ChartFrame>
  );
}

export function MapError({ onRetry }: { onRetry?: (() => void) | undefined }) {
  const tc = useTranslations('charts');
  return (
    <div className="error-state" role="alert">
      <p>{tc('error')}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {tc('retry')}
        </button>
      ) : null}
    </div>
  );
}

/** For keyboard and touch users (the wheel zooms only with Ctrl/⌘, one finger pans only when zoomed). */
export function ZoomButtons({
  zoomed,
  onZoomIn,
  onZoomOut,
  onReset,
}: {
  zoomed: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}) {
  const t = useTranslations('map');
  const button = (label: string, text: string, onClick: () => void, disabled = false) => (
    <button type="button" onClick={onClick} aria-label={label} title={label} disabled={disabled}>
      <span aria-hidden="true">{text}</span>
    </button>
  );
  return (
    <div className="world-map__zoom">
      {button(t('zoomIn'), '+', onZoomIn)}
      {button(t('zoomOut'), '−', onZoomOut, !zoomed)}
      {button(t('zoomReset'), '⟲', onReset, !zoomed)}
    </div>
  );
}

export function MapNotes({
  source,
}: {
  source?: { title: string; url: string | null; publisher: string } | undefined;
}) {
  const t = useTranslations('map');
  return (
    <div className="world-map__notes">
      {source ? (
        <p>
          {t('source', { title: source.title, publisher: source.publisher })}
          {source.url ? (
            <>
              {' '}
              <a href={source.url}>{t('sourceLink')}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <p>{t('disclaimer')}</p>
      <p>{t('boundaries')}</p>
    </div>
  );
}
