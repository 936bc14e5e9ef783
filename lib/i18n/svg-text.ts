// Text inside SVG charts. Chart coordinates run left to right in every language (time runs left to
// right; maps and networks are not mirrored), so chart SVGs are laid out with `direction: ltr`
// (app/globals.css) and every anchor keeps its physical meaning. A right-to-left label is wrapped in a
// right-to-left isolate (U+2067 … U+2069, invisible), so that the bidi algorithm orders mixed text (a
// name with parentheses, a number, a Latin acronym) as an Arabic reader expects. Isolates rather
// than the `direction` attribute: the rasteriser that draws PNG images (resvg) ignores `direction`
// but applies the Unicode bidi algorithm, so both renderers place and order the text alike
// (docs/decisions/0009-locales-and-rtl.md).

const RLI = '\u2067';
const PDI = '\u2069';

export function bidiText(text: string, dir: 'ltr' | 'rtl'): string {
  return dir === 'rtl' && text ? `${RLI}${text}${PDI}` : text;
}
