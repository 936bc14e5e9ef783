// @vitest-environment jsdom
// Chart images laid out for a report: they parse as SVG, carry the title, the filters, the legend and
// the footer, keep every line inside the page, and render hostile text as text.
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { COUNTRIES } from '../map/test-fixtures';
import { SAMPLE } from '../network/fixture';
import { YEARS } from '../timeline/fixtures';
import { mapFigure } from './map-figure';
import { networkFigure } from './network-figure';
import { FONT, layoutReport, textWidth, wrapText } from './report-layout';
import { ReportSvg, type ChartFigure } from './report-svg';
import { svgMarkup } from './svg-markup';
import { timelineFigure, type Translate } from './timeline-figure';

const t = createTranslator({ locale: 'en', messages: MESSAGES.en }) as unknown as Translate;
const FOOTER = [
  'Source: Compact Atlas · Data of 28 November 2026 · Licence: CC BY 4.0',
  'View: https://atlas.example/?v=1',
];

function render(
  figure: ChartFigure,
  width = 800,
  title = 'Records over time',
  filters = 'Filters: Country: Viet Nam',
) {
  const markup = renderToStaticMarkup(
    <ReportSvg width={width} text={{ title, filters, footer: FOOTER }} figure={figure} />,
  );
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return { markup, svg: doc.documentElement };
}

const part = (svg: Element, name: string) => svg.querySelector(`[data-part="${name}"]`)?.textContent ?? '';

describe('report images', () => {
  it('lays out a timeline with title, filters, bars, legend and footer', () => {
    const figure = timelineFigure({
      data: YEARS,
      width: 752,
      range: { from: '2018', to: '2019' },
      locale: 'en',
      t,
      topicNames: {},
    });
    const { svg } = render(figure);
    expect(svg.getAttribute('width')).toBe('800');
    expect(part(svg, 'title')).toBe('Records over time');
    expect(part(svg, 'filters')).toBe('Filters: Country: Viet Nam');
    expect(part(svg, 'footer')).toContain('Source: Compact Atlas');
    expect(part(svg, 'footer')).toContain('CC BY 4.0');
    expect(part(svg, 'legend')).toContain('Meeting');
    expect(svg.querySelectorAll('[data-part="chart"] .timeline__bars rect').length).toBeGreaterThan(3);
    expect(svg.querySelector('desc')?.textContent).toMatch(/records from/);
  });

  it('outlines the filtered country on the map and lists the classes in the legend', () => {
    const figure = mapFigure({
      mode: 'records',
      counts: {
        total: 9,
        countries: [
          { iso3: 'VNM', count: 7 },
          { iso3: 'THA', count: 2 },
        ],
      },
      stances: undefined,
      countries: COUNTRIES,
      selected: ['VNM'],
      highlight: [],
      width: 752,
      locale: 'en',
      t,
    });
    const { svg } = render(figure, 800, 'Where cooperation happens');
    expect(svg.querySelector('path[data-iso3="VNM"]')).not.toBeNull();
    expect(svg.querySelectorAll('.world-map__selected path')).toHaveLength(1);
    expect(part(svg, 'legend')).toContain('In the filter');
  });

  it('draws every actor of the network with labels and a legend of kinds', () => {
    const { svg } = render(networkFigure({ data: SAMPLE, width: 752, locale: 'fr', t }));
    expect(svg.querySelectorAll('[data-actor]')).toHaveLength(SAMPLE.nodes.length);
    expect(part(svg, 'chart')).toContain('Viet Nam');
    expect(part(svg, 'legend')).toContain('Line width');
  });

  it('renders markup in titles, filters and labels as text', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const data = { ...SAMPLE, nodes: SAMPLE.nodes.map((n, i) => (i === 0 ? { ...n, label: evil } : n)) };
    const { markup, svg } = render(
      networkFigure({ data, width: 752, locale: 'en', t }),
      800,
      evil,
      `Filters: Search text: “${evil}”`,
    );
    expect(svg.querySelector('script')).toBeNull();
    expect(svg.querySelector('img')).toBeNull();
    expect(markup).not.toContain('<script>');
    expect(part(svg, 'title').replace(/\s/g, '')).toContain('<script>alert(1)</script>'.replace(/\s/g, ''));
  });

  it('wraps long filters and addresses so no line leaves the page, and grows to fit them', () => {
    const long = `Filters: ${Array.from({ length: 30 }, (_, i) => `Country ${i}`).join(', ')}`;
    const layout = layoutReport(
      360,
      {
        title: 'A title',
        filters: long,
        footer: [`View: https://atlas.example/?v=1&${'country=VNM&'.repeat(12)}`],
      },
      () => 100,
      [],
    );
    expect(layout.filters.lines.length).toBeGreaterThan(3);
    expect(layout.footer.lines.length).toBeGreaterThan(2);
    for (const line of layout.filters.lines)
      expect(textWidth(line, FONT.filters.size)).toBeLessThanOrEqual(360 - 48);
    for (const line of layout.footer.lines)
      expect(textWidth(line, FONT.footer.size)).toBeLessThanOrEqual(360 - 48);
    const short = layoutReport(
      360,
      { title: 'A title', filters: 'Filters: none', footer: ['x'] },
      () => 100,
      [],
    );
    expect(layout.height).toBeGreaterThan(short.height);
    expect(wrapText('', 100, 12)).toEqual(['']);
  });
});

describe('chart image markup without react-dom/server', () => {
  const evil = `<script>alert("1")</script> & 'quotes'`;
  const figures: Array<[string, ChartFigure]> = [
    [
      'timeline',
      timelineFigure({
        data: YEARS,
        width: 752,
        range: { from: '2019', to: null },
        locale: 'fr',
        t,
        topicNames: {},
      }),
    ],
    [
      'map',
      mapFigure({
        mode: 'records',
        counts: { total: 3, countries: [{ iso3: 'VNM', count: 3 }] },
        stances: undefined,
        countries: COUNTRIES,
        selected: ['VNM'],
        highlight: ['THA'],
        width: 500,
        locale: 'en',
        t,
      }),
    ],
    [
      'network',
      networkFigure({
        data: { ...SAMPLE, nodes: SAMPLE.nodes.map((n) => ({ ...n, label: `${n.label} ${evil}` })) },
        width: 600,
        locale: 'en',
        t,
      }),
    ],
  ];
  for (const [name, figure] of figures)
    it(`writes the ${name} image exactly as React would`, () => {
      const element = (
        <ReportSvg
          width={800}
          text={{ title: evil, filters: evil, footer: FOOTER }}
          figure={figure}
          fontCss="@font-face{}"
          idBase="x"
        />
      );
      expect(svgMarkup(element)).toBe(renderToStaticMarkup(element));
    });
});
