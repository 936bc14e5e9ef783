import 'server-only';
// Chart images as files: the element from chart-image.tsx serialised (escaping every string as React
// does; see svg-markup.ts for why not react-dom/server), with the font embedded for SVG downloads.
import { svgMarkup } from '@/components/charts/report/svg-markup';
import { fontFaceCss } from './chart-fonts';
import { chartImageElement, type ChartImageRequest } from './chart-image';

const FONT_SLOT = '/*fonts*/';

/** The image as an SVG file; `embedFonts` for downloads, not for the rasteriser (it has the TTFs). */
export async function chartImageSvg(req: ChartImageRequest, opts: { embedFonts: boolean }): Promise<string> {
  const markup = svgMarkup(await chartImageElement(req, opts.embedFonts ? { fontCss: FONT_SLOT } : {}));
  // The fonts are chosen by the text actually drawn (tags stripped): Latin always, other subsets
  // only when a name needs them.
  const svg = opts.embedFonts
    ? markup.replace(FONT_SLOT, fontFaceCss(markup.replace(/<[^>]*>/g, ' ')))
    : markup;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}
