// What sits around the plot: zoom buttons, the hover tooltip and the legend (shape and colour of
// each kind present, and what line width means).
import type { NetworkNode } from '@/lib/domain/api';
import type { ActorKind } from '@/lib/domain/vocab';
import { KindSwatch } from './marks';
import type { Translate } from './model';
import { DataLabel } from '../../ui/data-label';

export function ZoomControls({
  t,
  zoomIn,
  zoomOut,
  reset,
}: {
  t: Translate;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
}) {
  return (
    <div className="segmented network__zoom" role="group" aria-label={t('zoomLabel')}>
      <button type="button" onClick={zoomIn} aria-label={t('zoomIn')} title={t('zoomIn')}>
        +
      </button>
      <button type="button" onClick={zoomOut} aria-label={t('zoomOut')} title={t('zoomOut')}>
        −
      </button>
      <button type="button" onClick={reset} title={t('zoomReset')}>
        {t('zoomResetShort')}
      </button>
    </div>
  );
}

export function NetworkTooltip({
  node,
  degree,
  left,
  top,
  t,
  kindName,
  fmt,
}: {
  node: NetworkNode;
  degree: number;
  /** Position as percentages of the plot. */
  left: number;
  top: number;
  t: Translate;
  kindName: (k: ActorKind) => string;
  fmt: (n: number) => string;
}) {
  return (
    <div className="chart-tooltip" role="presentation" style={{ left: `${left}%`, top: `${top}%` }}>
      <strong>
        <DataLabel text={node.name} lang={node.nameLang} />
      </strong>
      <br />
      {kindName(node.kind)}
      <br />
      {t('records', { count: node.records, countText: fmt(node.records) })}
      {' · '}
      {t('partners', { count: degree, countText: fmt(degree) })}
    </div>
  );
}

export function NetworkLegend({
  kinds,
  measure,
  t,
  kindName,
}: {
  kinds: readonly ActorKind[];
  measure: string;
  t: Translate;
  kindName: (k: ActorKind) => string;
}) {
  return (
    <ul className="chart-legend network__legend">
      {kinds.map((k) => (
        <li key={k}>
          <KindSwatch kind={k} />
          {kindName(k)}
        </li>
      ))}
      <li>{t('legendEdges', { measure })}</li>
    </ul>
  );
}
