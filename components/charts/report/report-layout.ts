// The page around a chart image, laid out for a report: title, the filters in words, the chart, its
// legend, and a footer with source, data date, licence and the address of the view. Pure: text and
// sizes in, positions out. Text is measured with Inter's average advance widths (the font the image
// embeds and the rasteriser uses), with a little slack so a line never overflows.

export const PAD = 24;
export const FONT = {
  title: { size: 20, weight: 600, line: 26 },
  filters: { size: 13, weight: 400, line: 18 },
  legend: { size: 12, weight: 400, line: 20 },
  footer: { size: 11, weight: 400, line: 15 },
} as const;
const GAP = { afterTitle: 4, afterFilters: 14, afterChart: 12, beforeFooter: 14 };
const SWATCH = 12;
const SWATCH_GAP = 6;
const ITEM_GAP = 16;

// Advance widths in em, from Inter Regular: narrow, wide and capital letters differ most.
const NARROW = new Set([..."iljtfrI.,:;'!|()[]{}/ "]);
const WIDE = new Set([...'mwMW@%']);
export function textWidth(text: string, size: number, weight = 400): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.85;
    else if (/[0-9]/.test(ch)) em += 0.6;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else em += 0.56;
  }
  return em * size * (weight >= 600 ? 1.05 : 1) * 1.03;
}

/** Greedy word wrap; a word longer than the line (an address) is cut where it must be. */
export function wrapText(text: string, max: number, size: number, weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, weight) <= max) {
      line = candidate;
      continue;
    }
    push();
    let rest = word;
    while (textWidth(rest, size, weight) > max) {
      let cut = rest.length - 1;
      while (cut > 1 && textWidth(rest.slice(0, cut), size, weight) > max) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  push();
  return lines.length ? lines : [''];
}

export interface LegendEntry {
  key: string;
  label: string;
}

export interface PlacedText {
  lines: string[];
  /** Baseline of the first line. */
  y: number;
  line: number;
}

export interface ReportLayout {
  width: number;
  height: number;
  title: PlacedText;
  filters: PlacedText;
  chart: { x: number; y: number; width: number; height: number };
  legend: Array<LegendEntry & { x: number; y: number; swatch: number }>;
  footer: PlacedText;
}

export interface ReportText {
  title: string;
  filters: string;
  footer: string[];
}

export function layoutReport(
  width: number,
  text: ReportText,
  chartHeight: (chartWidth: number) => number,
  legend: LegendEntry[],
): ReportLayout {
  const inner = width - 2 * PAD;
  let y = PAD;
  const block = (content: string[], f: { size: number; weight: number; line: number }): PlacedText => {
    const lines = content.flatMap((c) => wrapText(c, inner, f.size, f.weight));
    const placed = { lines, y: y + f.size, line: f.line };
    y += lines.length * f.line;
    return placed;
  };
  const title = block([text.title], FONT.title);
  y += GAP.afterTitle;
  const filters = block([text.filters], FONT.filters);
  y += GAP.afterFilters;
  const chart = { x: PAD, y, width: inner, height: Math.ceil(chartHeight(inner)) };
  y += chart.height + GAP.afterChart;

  // Legend entries flow left to right and wrap like words.
  const placedLegend: ReportLayout['legend'] = [];
  let x = PAD;
  let rowY = y;
  for (const entry of legend) {
    const w = SWATCH + SWATCH_GAP + textWidth(entry.label, FONT.legend.size);
    if (x > PAD && x + w > PAD + inner) {
      x = PAD;
      rowY += FONT.legend.line;
    }
    placedLegend.push({ ...entry, x, y: rowY, swatch: SWATCH });
    x += w + ITEM_GAP;
  }
  if (legend.length) y = rowY + FONT.legend.line;
  y += GAP.beforeFooter;
  const footerTop = y;
  const footer = block(text.footer, FONT.footer);
  return {
    width,
    height: Math.ceil(footerTop + footer.lines.length * FONT.footer.line + PAD - 6),
    title,
    filters,
    chart,
    legend: placedLegend,
    footer,
  };
}
