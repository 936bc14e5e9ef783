import 'server-only';
// Fonts for chart images, read from npm packages at run time (nothing is downloaded, no system font
// is needed):
// - SVG downloads embed Inter as WOFF2 data URLs in @font-face rules, one per Unicode subset of
//   @fontsource-variable/inter that the image's text uses (Latin alone is 48 KB), so the file looks
//   the same in any browser, editor or word processor that renders SVG fonts.
// - PNGs are drawn by resvg, which needs TrueType: Inter Regular and SemiBold from
//   @expo-google-fonts/inter (the same design, OFL).
import fs from 'node:fs';
import path from 'node:path';

const root = () => path.join(process.cwd(), 'node_modules');

// Subsets in @fontsource-variable/inter/unicode.json order of likelihood for this atlas's names.
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic'] as const;

interface Subset {
  name: string;
  ranges: Array<[number, number]>;
  css: string;
}

let subsets: Subset[] | null = null;

function loadSubsets(): Subset[] {
  if (subsets) return subsets;
  const dir = path.join(root(), '@fontsource-variable', 'inter');
  const unicode = JSON.parse(fs.readFileSync(path.join(dir, 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  subsets = SUBSETS.map((name) => {
    const range = unicode[name] ?? '';
    const data = fs
      .readFileSync(path.join(dir, 'files', `inter-${name}-wght-normal.woff2`))
      .toString('base64');
    return {
      name,
      ranges: range.split(',').map((r) => {
        const [a, b] = r.replace(/U\+/g, '').split('-');
        return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number];
      }),
      css:
        `@font-face{font-family:'Atlas Inter';font-style:normal;font-weight:100 900;font-display:block;` +
        `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range};}`,
    };
  });
  return subsets;
}

/** @font-face rules for the subsets that the given text needs (always Latin). */
export function fontFaceCss(text: string): string {
  const all = loadSubsets();
  const codes = new Set<number>();
  for (const ch of text) codes.add(ch.codePointAt(0)!);
  const used = all.filter(
    (s) => s.name === 'latin' || [...codes].some((c) => s.ranges.some(([a, b]) => c >= a && c <= b)),
  );
  return used.map((s) => s.css).join('');
}

let ttf: Uint8Array[] | null = null;

/** Inter Regular and SemiBold as TrueType, for the rasteriser. */
export function rasterFonts(): Uint8Array[] {
  ttf ??= ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf'].map(
    (f) => new Uint8Array(fs.readFileSync(path.join(root(), '@expo-google-fonts', 'inter', f))),
  );
  return ttf;
}
