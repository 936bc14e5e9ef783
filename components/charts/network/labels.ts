// Greedy label placement: the most important actors first, each label tried right, left, above and
// below its mark, and skipped when every spot would collide with a placed label, another mark or the
// edge of the box. Text is measured with a character-width table, not the DOM, so the server and the
// browser place the same labels.

export const LABEL_FONT_SIZE = 11;
const MAX_CHARS = 24;
const GAP = 3;

export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  r: number;
  text: string;
  /** Higher goes first. */
  priority: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Anchor point of the text (vertically centred). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

// Widths in em of Inter-like sans-serif glyphs, rounded up so estimates err on the wide side.
const NARROW = new Set("iljI.,:;'!|()[]ft1 ");
const WIDE = new Set('mwMW@%');

export function textWidth(text: string, size = LABEL_FONT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else em += 0.58;
  }
  return em * size;
}

export function shorten(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A uniform grid of boxes: collision checks look only at nearby cells. */
class Grid<T extends Box> {
  private cells = new Map<number, T[]>();
  constructor(private size: number) {}
  private *keys(b: Box) {
    for (let i = Math.floor(b.x0 / this.size); i <= Math.floor(b.x1 / this.size); i++)
      for (let j = Math.floor(b.y0 / this.size); j <= Math.floor(b.y1 / this.size); j++) yield i * 100003 + j;
  }
  add(b: T) {
    for (const k of this.keys(b)) {
      const c = this.cells.get(k);
      if (c) c.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box, ignore?: (t: T) => boolean): boolean {
    for (const k of this.keys(b))
      for (const t of this.cells.get(k) ?? []) if (!ignore?.(t) && overlaps(t, b)) return true;
    return false;
  }
}

/**
 * Places labels for `candidates` among `marks` (every visible mark, labelled or not) inside a box of
 * width × height. Returns the labels that fit: none overlaps another label, and none but the first
 * `forced` (the most important: in a dense cluster they would otherwise never get a label) overlaps a
 * foreign mark.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  marks: ReadonlyArray<{ id: string; x: number; y: number; r: number }>,
  width: number,
  height: number,
  forced = 0,
  size = LABEL_FONT_SIZE,
): PlacedLabel[] {
  const markGrid = new Grid<Box & { id: string }>(32);
  for (const m of marks)
    markGrid.add({ id: m.id, x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r });
  const labelGrid = new Grid<Box>(32);
  const placed: PlacedLabel[] = [];
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const half = size * 0.6;
  for (const [i, c] of order.entries()) {
    const text = shorten(c.text);
    const w = textWidth(text, size);
    const d = c.r + GAP;
    const spots: Array<Omit<PlacedLabel, 'id' | 'text'>> = [
      {
        x: c.x + d,
        y: c.y,
        anchor: 'start',
        box: { x0: c.x + d, y0: c.y - half, x1: c.x + d + w, y1: c.y + half },
      },
      {
        x: c.x - d,
        y: c.y,
        anchor: 'end',
        box: { x0: c.x - d - w, y0: c.y - half, x1: c.x - d, y1: c.y + half },
      },
      {
        x: c.x,
        y: c.y - d - half,
        anchor: 'middle',
        box: { x0: c.x - w / 2, y0: c.y - d - 2 * half, x1: c.x + w / 2, y1: c.y - d },
      },
      {
        x: c.x,
        y: c.y + d + half,
        anchor: 'middle',
        box: { x0: c.x - w / 2, y0: c.y + d, x1: c.x + w / 2, y1: c.y + d + 2 * half },
      },
    ];
    const spot = spots.find(
      (s) =>
        s.box.x0 >= 0 &&
        s.box.y0 >= 0 &&
        s.box.x1 <= width &&
        s.box.y1 <= height &&
        !labelGrid.hits(s.box) &&
        (i < forced || !markGrid.hits(s.box, (m) => m.id === c.id)),
    );
    if (!spot) continue;
    labelGrid.add(spot.box);
    placed.push({ id: c.id, text, ...spot });
  }
  return placed;
}
