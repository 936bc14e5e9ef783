// The stateless SVG of a chart laid out for a report (report-layout.ts): a white page with the title,
// the filters in words, the chart's own marks, the legend and the footer. Every string is a React text
// child, so it is escaped; the only raw markup is the font CSS, which the server builds from its own
// font files.
import type { ReactNode } from 'react';
import { bidiText } from '@/lib/i18n/svg-text';
import { FONT, layoutReport, PAD, type LegendEntry, type ReportText } from './report-layout';

export const FONT_FAMILY =
  "'Atlas Inter', Inter, 'Inter Variable', 'Atlas Noto Sans Arabic', 'Noto Sans Arabic', 'Noto Sans Arabic Variable', sans-serif";
const INK = '#16212e';
const MUTED = '#5a6877';

export interface ChartFigure {
  /** The chart's height at the given width. */
  height: number;
  /** The chart's marks, drawn from (0, 0). */
  body: ReactNode;
  legend: Array<LegendEntry & { swatch: ReactNode }>;
  /** The chart's one-sentence summary (the SVG's description). */
  summary: string;
}

function Lines({
  lines,
  y,
  line,
  x,
  dir,
}: {
  lines: string[];
  y: number;
  line: number;
  x: number;
  dir: 'ltr' | 'rtl';
}) {
  return lines.map((l, i) => (
    <tspan key={i} x={x} y={y + i * line}>
      {bidiText(l, dir)}
    </tspan>
  ));
}

export function ReportSvg({
  width,
  text,
  figure,
  fontCss,
  idBase = 'report',
  dir = 'ltr',
}: {
  width: number;
  /** Prefix of the SVG's ids (a page showing several charts inline needs distinct ones). */
  idBase?: string;
  text: ReportText;
  figure: ChartFigure;
  /** @font-face rules embedding the font (SVG downloads); absent for the rasteriser. */
  fontCss?: string | undefined;
  /**
   * The language's direction. Right to left (Arabic), the title, filters, legend and footer are
   * right-aligned and the legend flows from the right; the chart itself keeps its left-to-right
   * coordinates (time runs left to right).
   */
  dir?: 'ltr' | 'rtl';
}) {
  const layout = layoutReport(width, text, () => figure.height, figure.legend);
  const swatches = new Map(figure.legend.map((l) => [l.key, l.swatch]));
  const rtl = dir === 'rtl';
  // Text blocks start at the left margin, or end at the right one (text-anchor keeps its physical
  // meaning: the SVG is left to right, right-to-left text is isolated by bidiText).
  const textX = rtl ? layout.width - PAD : PAD;
  const textDir = rtl ? ({ textAnchor: 'end' } as const) : {};
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${idBase}-title ${idBase}-desc`}
      fontFamily={FONT_FAMILY}
      data-report-chart=""
    >
      <title id={`${idBase}-title`}>{text.title}</title>
      <desc id={`${idBase}-desc`}>{figure.summary}</desc>
      {fontCss ? <style dangerouslySetInnerHTML={{ __html: fontCss }} /> : null}
      <rect width={layout.width} height={layout.height} fill="#ffffff" />
      <text
        fontSize={FONT.title.size}
        fontWeight={FONT.title.weight}
        fill={INK}
        data-part="title"
        {...textDir}
      >
        <Lines {...layout.title} x={textX} dir={dir} />
      </text>
      <text fontSize={FONT.filters.size} fill={MUTED} data-part="filters" {...textDir}>
        <Lines {...layout.filters} x={textX} dir={dir} />
      </text>
      <g transform={`translate(${layout.chart.x},${layout.chart.y})`} data-part="chart">
        {figure.body}
      </g>
      <g data-part="legend" fontSize={FONT.legend.size} fill={INK}>
        {layout.legend.map((l) =>
          rtl ? (
            // Mirrored: the entry's box [x, x + w] moves to [width - x - w, width - x]; the swatch
            // sits at its right end and the label ends (on its left) just before the swatch.
            <g key={l.key} transform={`translate(${Math.round(layout.width - l.x - l.swatch)},${l.y})`}>
              {swatches.get(l.key)}
              <text x={-6} y={10} textAnchor="end">
                {bidiText(l.label, dir)}
              </text>
            </g>
          ) : (
            <g key={l.key} transform={`translate(${Math.round(l.x)},${l.y})`}>
              {swatches.get(l.key)}
              <text x={l.swatch + 6} y={10}>
                {l.label}
              </text>
            </g>
          ),
        )}
      </g>
      <line
        x1={PAD}
        x2={layout.width - PAD}
        y1={layout.footer.y - FONT.footer.size - 6}
        y2={layout.footer.y - FONT.footer.size - 6}
        stroke="#d5dde6"
      />
      <text fontSize={FONT.footer.size} fill={MUTED} data-part="footer" {...textDir}>
        <Lines {...layout.footer} x={textX} dir={dir} />
      </text>
    </svg>
  );
}

/** A square legend swatch (12 px), optionally outlined or dashed. */
export function BoxSwatch({ fill, stroke, dash }: { fill: string; stroke?: string; dash?: string }) {
  return (
    <rect
      x={0.5}
      y={0.5}
      width={11}
      height={11}
      rx={2}
      fill={fill}
      stroke={stroke ?? 'none'}
      strokeWidth={stroke ? 1.5 : undefined}
      strokeDasharray={dash}
    />
  );
}
