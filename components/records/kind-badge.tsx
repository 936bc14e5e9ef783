import type { RecordKind } from '@/lib/domain/vocab';

/** A record kind as a small labelled badge; the colour is decoration, the text carries the meaning. */
export function KindBadge({ kind, label }: { kind: RecordKind; label: string }) {
  return <span className={`kind-badge kind-badge--${kind}`}>{label}</span>;
}
