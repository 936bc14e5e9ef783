// The chart's toolbar: reach (1 or 2 steps from the focus) and edge measure as segmented buttons,
// and the focused actor's caption with a way back to the whole network.
import { useId } from 'react';
import type { NetworkEdgeMeasure } from '@/lib/domain/api';
import type { Translate } from './model';

function Segmented<V extends string | number>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; text: string }>;
  onChange: (v: V) => void;
}) {
  const id = useId();
  return (
    <div className="network__control">
      <span id={id} className="network__control-label">
        {label}
      </span>
      <div className="segmented" role="group" aria-labelledby={id}>
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={o.value === value}
            onClick={() => {
              if (o.value !== value) onChange(o.value);
            }}
          >
            {o.text}
          </button>
        ))}
      </div>
    </div>
  );
}

export function NetworkControls({
  t,
  depth,
  edgeMeasure,
  showDepth,
  onDepthChange,
  onEdgeMeasureChange,
  caption,
  onClearFocus,
}: {
  t: Translate;
  depth: 1 | 2;
  edgeMeasure: NetworkEdgeMeasure;
  showDepth: boolean;
  onDepthChange?: (d: 1 | 2) => void;
  onEdgeMeasureChange?: (m: NetworkEdgeMeasure) => void;
  caption: string | null;
  onClearFocus: () => void;
}) {
  return (
    <>
      {showDepth && onDepthChange ? (
        <Segmented
          label={t('depthLabel')}
          value={depth}
          options={[
            { value: 1, text: t('depth1') },
            { value: 2, text: t('depth2') },
          ]}
          onChange={onDepthChange}
        />
      ) : null}
      {onEdgeMeasureChange ? (
        <Segmented
          label={t('measureLabel')}
          value={edgeMeasure}
          options={[
            { value: 'records', text: t('measureRecords') },
            { value: 'memberships', text: t('measureMemberships') },
          ]}
          onChange={onEdgeMeasureChange}
        />
      ) : null}
      {caption ? (
        <p className="network__focus">
          <span>{caption}</span>{' '}
          <button type="button" className="link-button" onClick={onClearFocus}>
            {t('clearFocus')}
          </button>
        </p>
      ) : null}
    </>
  );
}
