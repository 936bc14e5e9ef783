// Arrow-key movement between marks placed in the plane: the nearest mark in the pressed direction,
// distance along that direction counting once and sideways drift twice (so "right" prefers a mark
// straight to the right over a closer one far above).

export type Direction = 'up' | 'down' | 'left' | 'right';

export const ARROW_KEYS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export function nearestInDirection(
  points: ReadonlyArray<{ id: string; x: number; y: number }>,
  fromId: string,
  dir: Direction,
): string | null {
  const from = points.find((p) => p.id === fromId);
  if (!from) return points[0]?.id ?? null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === fromId) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = dir === 'right' || dir === 'left' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0.5) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== null && p.id < best)) {
      best = p.id;
      bestScore = score;
    }
  }
  return best;
}
