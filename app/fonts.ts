// Inter, shipped with the app (never fetched from a font service). The Latin subset goes through
// next/font for its fallback face, whose metrics are adjusted to Inter's: text does not reflow (and the
// page does not shift) when the font arrives. That face is local('Arial'); systems without Arial (Linux,
// ChromeOS) get 'Inter Fallback' from app/globals.css, Liberation Sans or Arimo with the same
// adjustments (e2e/fonts.spec.ts keeps the two in step and measures the shift). Not preloaded: on a slow connection the text is shown at
// once in the fallback rather than waiting behind 48 KB of font. The other scripts' subsets
// (Vietnamese, Cyrillic, Greek, extended Latin) come from @fontsource-variable/inter by unicode-range,
// downloaded only by pages that use them.
import localFont from 'next/font/local';

export const interLatin = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter-latin',
  adjustFontFallback: 'Arial',
  preload: false,
});
