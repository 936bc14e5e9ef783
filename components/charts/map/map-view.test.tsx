import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '@/test/golden';
import type { WorldMapProps } from './map-chart';
import { WorldMapView } from './map-view';
import { COUNTRIES, COUNTS, STANCE_SOURCE, STANCES, withIntl } from './test-fixtures';

const golden = (name: string) => path.join(__dirname, '__golden__', `${name}.svg`);
const props = (patch: Partial<WorldMapProps> = {}): WorldMapProps => ({
  mode: 'records',
  counts: COUNTS,
  countries: COUNTRIES,
  stances: STANCES,
  stanceSource: STANCE_SOURCE,
  selected: ['VNM'],
  highlight: ['VNM', 'THA', 'PHL', 'IDN'],
  onSelectCountry: () => {},
  state: 'ready',
  ...patch,
});
const html = (p: WorldMapProps, locale: 'en' | 'fr' = 'en') =>
  renderToStaticMarkup(withIntl(<WorldMapView {...p} />, locale));

describe('WorldMap rendering', () => {
  it('matches the golden SVG in records mode', () => {
    expectGolden(withIntl(<WorldMapView {...props()} />), golden('map-records'));
  });

  it('matches the golden SVG in stance mode', () => {
    expectGolden(
      withIntl(<WorldMapView {...props({ mode: 'stance', selected: [], highlight: [] })} />),
      golden('map-stance'),
    );
  });

  it('server-renders the whole map: a path per shape, ISO3 hooks, hatched shapes without data', () => {
    const out = html(props());
    expect(out).toContain('data-state="ready"');
    expect(out.match(/<path /g)!.length).toBeGreaterThan(176);
    expect(out).toContain('data-iso3="VNM"');
    expect(out).toMatch(/data-name="Kosovo"[^>]*>|<path[^>]*data-name="Kosovo"/);
    expect(out).toMatch(/<path[^>]*fill="url\(#[^"]+-hatch\)"[^>]*data-name="Somaliland"/);
  });

  it('summarises the selection and lists states most first, including those too small to draw', () => {
    const out = html(props());
    expect(out).toContain('Records involve 10 states and territories; most with Vietnam (31).');
    expect(out.indexOf('data-iso3="VNM"><th')).toBeLessThan(out.indexOf('data-iso3="THA"><th'));
    expect(out).toMatch(/Tuvalu<span class="muted"> \(not drawn at this scale\)/);
  });

  it('gives one tab stop into the map: the selected country', () => {
    const out = html(props());
    const stops = [...out.matchAll(/<path[^>]*tabindex="0"[^>]*>/g)];
    expect(stops).toHaveLength(1);
    expect(stops[0]![0]).toContain('data-iso3="VNM"');
  });

  it('summarises the vote in French, with the UN disclaimer and the source', () => {
    const out = html(props({ mode: 'stance' }), 'fr');
    expect(out).toContain(
      '6 ont voté pour, 2 contre, 2 se sont abstenus ; 1 État membre de l’ONU n’a pas de vote enregistré.',
    );
    expect(out).toContain('n’impliquent pas reconnaissance ou acceptation officielles');
    expect(out).toContain('href="https://digitallibrary.un.org/record/1656175"');
    expect(out).toContain('Non membre de l’ONU (');
  });

  it('shows the designed empty state when no state takes part', () => {
    const out = html(props({ counts: { total: 3, countries: [] } }));
    expect(out).toContain('chart-empty');
    expect(out).toContain('The 3 records in this selection involve no state.');
    expect(out).not.toContain('<svg viewBox');
  });

  it('draws a plain, inert map while loading: no legend, no tab stop, no table', () => {
    const out = html(props({ state: 'loading' }));
    expect(out).toContain('data-state="loading"');
    expect(out).toContain('Loading the chart…');
    expect(out).toContain('data-iso3="VNM"');
    expect(out).not.toContain('tabindex="0"');
    expect(out).not.toContain('chart-legend');
    expect(out).not.toContain('<table');
  });

  it('names the states sharing the maximum', () => {
    const tie = {
      total: 4,
      countries: [
        { iso3: 'THA', count: 2 },
        { iso3: 'VNM', count: 2 },
      ],
    };
    expect(html(props({ counts: tie }))).toContain(
      'Records involve 2 states and territories; most with Thailand and Vietnam (2 each).',
    );
    expect(html(props({ counts: tie }), 'fr')).toContain(
      'Les fiches concernent 2 États et territoires ; le plus souvent Thailand et Vietnam (2 chacun).',
    );
  });

  it('shows the error state with its message', () => {
    const out = html(props({ state: 'error' }));
    expect(out).toContain('data-state="error"');
    expect(out).toContain('role="alert"');
  });
});
