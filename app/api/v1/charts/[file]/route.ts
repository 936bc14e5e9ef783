import { cachedByVersion } from '@/lib/server/http-cache';
import {
  ApiProblem,
  badParameters,
  handle,
  intParam,
  langOf,
  LANG_SPEC,
  networkViewSpec,
  readFilter,
  type ParamSpec,
} from '@/lib/server/api';
import { IMAGE_WIDTH } from '@/lib/server/chart-image';
import { chartImageSvg } from '@/lib/server/chart-image-markup';
import { isImageChart, type ImageChart } from '@/lib/embed/links';
import { publicOrigin } from '@/lib/server/origin';
import { svgToPng } from '@/lib/server/rasterise';
import type { FilterVocabulary } from '@/lib/url/filter-params';
import { DEFAULT_VIEW, type ViewState } from '@/lib/url/view-params';

function viewSpec(chart: ImageChart, vocabulary: FilterVocabulary): ParamSpec {
  if (chart === 'timeline')
    return {
      interval: { values: ['auto', 'year', 'month'], expected: 'auto, year or month' },
      stack: { values: ['kind', 'topic'], expected: 'kind or topic' },
    };
  if (chart === 'map') return { map: { values: ['records', 'stance'], expected: 'records or stance' } };
  return networkViewSpec(vocabulary);
}

/**
 * A chart as an image for documents: /api/v1/charts/{timeline|map|network}.{svg|png}, with the
 * filters, the chart's view parameters, `width` (CSS pixels) and `lang`; PNGs also take `scale` (1 or
 * 2: a PNG is width × scale pixels wide).
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return cachedByVersion(request, () =>
    handle(async () => {
      const { file } = await params;
      const m = /^([a-z]+)\.(svg|png)$/.exec(file);
      if (!m || !isImageChart(m[1]!))
        throw new ApiProblem(404, {
          error: {
            code: 'not_found',
            message: `No chart image "${file}". Charts: timeline, map, network; formats: .svg, .png.`,
          },
        });
      const chart = m[1] as ImageChart;
      const format = m[2] as 'svg' | 'png';
      const url = new URL(request.url);
      const search = url.searchParams;
      const filter = await readFilter(search, (vocabulary) => ({
        ...viewSpec(chart, vocabulary),
        lang: LANG_SPEC,
        // 320 to 2000 (IMAGE_WIDTH), checked here so that it is named with any other bad parameter.
        width: {
          pattern: /^(3[2-9]\d|[4-9]\d\d|1\d{3}|2000)$/,
          expected: `a width in pixels from ${IMAGE_WIDTH.min} to ${IMAGE_WIDTH.max}`,
        },
        ...(format === 'png' ? { scale: { values: ['1', '2'], expected: '1 or 2' } } : {}),
      }));
      const single = ['width', 'scale', 'focus', 'depth', 'edges', 'map', 'interval', 'stack', 'lang'].filter(
        (k) => search.getAll(k).join(',').includes(','),
      );
      if (single.length)
        throw badParameters(
          single.map((k) => ({
            param: k,
            value: search.getAll(k).join(','),
            code: 'unknown_value' as const,
            message: `${k} takes one value.`,
          })),
        );
      const width = intParam(search, 'width', IMAGE_WIDTH.default, IMAGE_WIDTH.min, IMAGE_WIDTH.max);
      const view: ViewState = {
        ...DEFAULT_VIEW,
        ...(search.get('interval') ? { interval: search.get('interval') as ViewState['interval'] } : {}),
        ...(search.get('stack') ? { stack: search.get('stack') as ViewState['stack'] } : {}),
        ...(search.get('map') ? { map: search.get('map') as ViewState['map'] } : {}),
        ...(search.get('edges') ? { edges: search.get('edges') as ViewState['edges'] } : {}),
        focus: search.get('focus') || null,
        depth: search.get('depth') === '2' ? 2 : 1,
      };
      const req = {
        chart,
        filter,
        view,
        width,
        lang: langOf(search),
        origin: publicOrigin(request.headers, url.origin),
      };
      const stamp = new Date().toISOString().slice(0, 10);
      const headers = {
        'cache-control': 'public, max-age=0, must-revalidate',
        'content-disposition': `inline; filename="compact-atlas-${chart}-${stamp}.${format}"`,
      };
      if (format === 'svg')
        return new Response(await chartImageSvg(req, { embedFonts: true }), {
          headers: { ...headers, 'content-type': 'image/svg+xml; charset=utf-8' },
        });
      const png = await svgToPng(
        await chartImageSvg(req, { embedFonts: false }),
        search.get('scale') === '2' ? 2 : 1,
      );
      return new Response(png as BodyInit, { headers: { ...headers, 'content-type': 'image/png' } });
    }),
  );
}
