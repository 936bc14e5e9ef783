import 'server-only';
// Fonts for chart images, read from npm packages at run time (nothing is downloaded, no system font
// is needed):
// - SVG downloads embed Inter as WOFF2 data URLs in @font-face rules, one per Unicode subset of
//   @fontsource-variable/inter that the image's text uses (Latin alone is 48 KB), so the file looks
//   the same in any browser, editor or word processor that renders SVG fonts.
//   Arabic text (which Inter lacks) adds the Arabic subset of Noto Sans Arabic
//   (@fontsource-variable/noto-sans-arabic, OFL, 166 KB), only when the image has Arabic text.
// - PNGs are drawn by resvg, which needs TrueType: Inter Regular and SemiBold from
//   @expo-google-fonts/inter (the same design, OFL), and Noto Sans Arabic Regular and SemiBold from
//   @expo-google-fonts/noto-sans-arabic for Arabic.
import fs from 'node:fs';
import path from 'node:path';

const root = () => path.join(process.cwd(), 'node_modules');

// Subsets in @fontsource-variable/inter/unicode.json order of likelihood for this atlas's names.
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic'] as const;

interface Subset {
  /** Package and file prefix: Inter, or Noto Sans Arabic for the Arabic subset. */
  font: { dir: string; file: string; family: string };
  name: string;
  ranges: Array<[number, number]>;
  css: string;
}

let subsets: Subset[] | null = null;

const INTER = { dir: 'inter', file: 'inter', family: 'Atlas Inter' };
const ARABIC = { dir: 'noto-sans-arabic', file: 'noto-sans-arabic', family: 'Atlas Noto Sans Arabic' };

function loadSubsets(): Subset[] {
  if (subsets) return subsets;
  const unicodeOf = (font: Subset['font']) =>
    JSON.parse(
      fs.readFileSync(path.join(root(), '@fontsource-variable', font.dir, 'unicode.json'), 'utf8'),
    ) as Record<string, string>;
  const inter = unicodeOf(INTER);
  const arabic = unicodeOf(ARABIC);
  const wanted = [
    ...SUBSETS.map((name) => ({ font: INTER, name, range: inter[name] ?? '' })),
    { font: ARABIC, name: 'arabic', range: arabic.arabic ?? '' },
  ];
  subsets = wanted.map(({ font, name, range }) => {
    const data = fs
      .readFileSync(
        path.join(
          root(),
          '@fontsource-variable',
          font.dir,
          'files',
          `${font.file}-${name}-wght-normal.woff2`,
        ),
      )
      .toString('base64');
    return {
      font,
      name,
      ranges: range.split(',').map((r) => {
        const [a, b] = r.replace(/U\+/g, '').split('-');
        return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number];
      }),
      css:
        `@font-face{font-family:'${font.family}';font-style:normal;font-weight:100 900;font-display:block;` +
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
    (s) =>
      (s.font === INTER && s.name === 'latin') ||
      [...codes].some((c) => s.ranges.some(([a, b]) => c >= a && c <= b)),
  );
  return used.map((s) => s.css).join('');
}

let ttf: Uint8Array[] | null = null;

/** Inter and Noto Sans Arabic, Regular and SemiBold, as TrueType, for the rasteriser. */
export function rasterFonts(): Uint8Array[] {
  ttf ??= [
    'inter/400Regular/Inter_400Regular.ttf',
    'inter/600SemiBold/Inter_600SemiBold.ttf',
    'noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    'noto-sans-arabic/600SemiBold/NotoSansArabic_600SemiBold.ttf',
  ].map((f) => new Uint8Array(fs.readFileSync(path.join(root(), '@expo-google-fonts', f))));
  return ttf;
}
