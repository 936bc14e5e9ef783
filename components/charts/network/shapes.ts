// Mark shapes by actor kind: shape and colour both differ, so kinds stay apart without colour.
// Paths are SVG path data, drawn as <path> in SVG and through Path2D on the canvas.
import type { ActorKind } from '@/lib/domain/vocab';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle';

const SHAPES: Record<ActorKind, Shape> = {
  state: 'circle',
  igo: 'square',
  un_entity: 'square',
  regional_org: 'diamond',
  interregional_forum: 'diamond',
  rcp: 'triangle',
  other: 'triangle',
};

export const shapeOf = (kind: ActorKind): Shape => SHAPES[kind];

const f = (n: number) => Math.round(n * 100) / 100;

/** Path of a shape centred on (x, y) with about the area of a circle of radius r. */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': {
      // Rounded corners, so a square reads as an organisation, not a pixel.
      const h = r * 0.886;
      const c = h * 0.35;
      return (
        `M${f(x - h + c)},${f(y - h)}h${f(2 * (h - c))}a${f(c)},${f(c)} 0 0 1 ${f(c)},${f(c)}` +
        `v${f(2 * (h - c))}a${f(c)},${f(c)} 0 0 1 ${f(-c)},${f(c)}h${f(-2 * (h - c))}` +
        `a${f(c)},${f(c)} 0 0 1 ${f(-c)},${f(-c)}v${f(-2 * (h - c))}a${f(c)},${f(c)} 0 0 1 ${f(c)},${f(-c)}Z`
      );
    }
    case 'diamond': {
      const d = r * 1.25;
      return `M${f(x)},${f(y - d)}L${f(x + d)},${f(y)}L${f(x)},${f(y + d)}L${f(x - d)},${f(y)}Z`;
    }
    case 'triangle': {
      const t = r * 1.35;
      return `M${f(x)},${f(y - t)}L${f(x + t * 0.866)},${f(y + t * 0.5)}L${f(x - t * 0.866)},${f(y + t * 0.5)}Z`;
    }
  }
}
