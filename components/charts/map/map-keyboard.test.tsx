// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorldMapProps } from './map-chart';
import { WorldMapView } from './map-view';
import { COUNTRIES, COUNTS, STANCES, withIntl } from './test-fixtures';

beforeAll(() => {
  // jsdom has no ResizeObserver; the map then keeps its server width, as before measurement.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(cleanup);

function setup(patch: Partial<WorldMapProps> = {}) {
  const onSelectCountry = vi.fn();
  const view = render(
    withIntl(
      <WorldMapView
        mode="records"
        counts={COUNTS}
        countries={COUNTRIES}
        stances={STANCES}
        selected={[]}
        onSelectCountry={onSelectCountry}
        state="ready"
        {...patch}
      />,
    ),
  );
  const country = (iso3: string) =>
    view.container.querySelector<SVGPathElement>(`path[data-iso3="${iso3}"]`)!;
  const focused = () => (document.activeElement as Element | null)?.getAttribute('data-iso3');
  const key = (k: string) => act(() => void fireEvent.keyDown(document.activeElement!, { key: k }));
  return { ...view, onSelectCountry, country, focused, key };
}

describe('WorldMap keyboard', () => {
  it('has one tab stop, on the state with most records', () => {
    const { container, country } = setup();
    expect(container.querySelectorAll('path[tabindex="0"]')).toHaveLength(1);
    expect(country('VNM').getAttribute('tabindex')).toBe('0');
    // States without records are not in the arrow-key ring.
    expect(country('FRA').hasAttribute('tabindex')).toBe(false);
  });

  it('moves between states with records by direction, and Enter selects the focused one', () => {
    const { country, focused, key, onSelectCountry, container } = setup();
    act(() => country('VNM').focus());
    expect(focused()).toBe('VNM');
    // The focused country shows its tooltip.
    expect(container.querySelector('.chart-tooltip')?.textContent).toBe('Vietnam31 records');

    key('ArrowLeft');
    expect(focused()).toBe('THA');
    expect(container.querySelector('.chart-tooltip')?.textContent).toBe('Thailand12 records');
    // The tab stop follows the focus.
    expect(country('THA').getAttribute('tabindex')).toBe('0');
    expect(country('VNM').getAttribute('tabindex')).toBe('-1');

    key('ArrowRight');
    expect(focused()).toBe('VNM');
    key('ArrowDown');
    expect(['IDN', 'PHL']).toContain(focused());
    const there = focused()!;

    key('Enter');
    expect(onSelectCountry).toHaveBeenCalledWith(there);
    key(' ');
    expect(onSelectCountry).toHaveBeenCalledTimes(2);
  });

  it('goes west to the Americas and stops at the edge', () => {
    const { country, focused, key } = setup();
    act(() => country('MEX').focus());
    key('ArrowLeft');
    expect(focused()).toBe('MEX');
    key('ArrowRight');
    expect(['BRA', 'MAR']).toContain(focused());
  });

  it('leaves the map with Escape and hides the tooltip', () => {
    const { country, focused, key, container } = setup();
    act(() => country('VNM').focus());
    key('Escape');
    expect(focused()).toBeNull();
    expect(container.querySelector('.world-map__stage')).toBe(document.activeElement);
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });

  it('selects a country on click, including one with no records', () => {
    const { country, onSelectCountry } = setup();
    fireEvent.click(country('FRA'));
    expect(onSelectCountry).toHaveBeenCalledWith('FRA');
  });

  it('reaches voters, not non-members, in stance mode', () => {
    const { country, focused, key } = setup({ mode: 'stance' });
    act(() => country('USA').focus());
    key('ArrowRight');
    expect(focused()).not.toBe('USA');
    expect(STANCES.map((s) => s.iso3)).toContain(focused());
    expect(country('TWN').hasAttribute('tabindex')).toBe(false);
  });
});
