// Text inside SVG charts. Chart coordinates run left to right in every language (time runs left to
// right, as in Arabic statistical publications; maps and networks are not mirrored), so chart SVGs
// are laid out with `direction: ltr` (app/globals.css). A label written right to left gets its own
// `direction="rtl"`, so that the bidi algorithm orders mixed text (a name with parentheses, a number,
// a Latin acronym) as an Arabic reader expects, and its anchor is mirrored so that it covers the same
// box as the layout measured (docs/decisions/0009-locales-and-rtl.md).
export type TextAnchor = 'start' | 'middle' | 'end';

const MIRROR: Record<TextAnchor, TextAnchor> = { start: 'end', middle: 'middle', end: 'start' };

export function svgTextProps(
  dir: 'ltr' | 'rtl',
  anchor: TextAnchor,
): { textAnchor: TextAnchor; direction?: 'rtl' } {
  return dir === 'rtl' ? { textAnchor: MIRROR[anchor], direction: 'rtl' } : { textAnchor: anchor };
}
