// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IntlProvider } from 'use-intl/react';
import { MESSAGES } from '@/lib/i18n/messages';
import { SAMPLE } from './fixture';
import { NetworkChart, type NetworkChartProps } from './network-chart';

beforeAll(() => {
  // jsdom has no layout: the chart keeps its default width.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

const wrap = (ui: ReactElement) => (
  <IntlProvider locale="en" messages={MESSAGES.en} timeZone="UTC">
    {ui}
  </IntlProvider>
);

function setup(patch: Partial<NetworkChartProps> = {}) {
  const onFocus = vi.fn();
  const props: NetworkChartProps = {
    data: { ...SAMPLE, focus: null, depth: null },
    focus: null,
    depth: 1,
    edgeMeasure: 'records',
    onFocus,
    state: 'ready',
    ...patch,
  };
  const view = render(wrap(<NetworkChart {...props} />));
  const node = (id: string) => view.container.querySelector<SVGGElement>(`[data-actor="${id}"]`)!;
  return { ...view, onFocus, node };
}

describe('NetworkChart keyboard', () => {
  it('has one tab stop into the actors, on the most active one', () => {
    const { container } = setup();
    const stops = container.querySelectorAll('[data-actor][tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(stops[0]!.getAttribute('data-actor')).toBe('VNM');
    expect(container.querySelectorAll('[data-actor]')).toHaveLength(SAMPLE.nodes.length);
  });

  it('moves to the nearest actor in the arrow direction and makes it the tab stop', () => {
    const { node, container } = setup();
    const tooltip = () => container.querySelector<HTMLElement>('.chart-tooltip')!;
    const start = node('VNM');
    act(() => start.focus());
    // The tooltip follows the keyboard: it names the actor and sits at its position.
    expect(tooltip().textContent).toContain('Viet Nam');
    const x0 = parseFloat(tooltip().style.left);
    fireEvent.keyDown(start, { key: 'ArrowLeft' });
    const moved = document.activeElement as SVGGElement;
    expect(moved).not.toBe(start);
    expect(moved.getAttribute('tabindex')).toBe('0');
    expect(start.getAttribute('tabindex')).toBe('-1');
    const name = SAMPLE.nodes.find((n) => n.id === moved.getAttribute('data-actor'))!.name;
    expect(tooltip().textContent).toContain(name);
    expect(parseFloat(tooltip().style.left)).toBeLessThan(x0);
  });

  it('focuses an actor with Enter or Space, and clears the focus with Escape', () => {
    const { node, onFocus, rerender } = setup();
    fireEvent.keyDown(node('THA'), { key: 'Enter' });
    expect(onFocus).toHaveBeenLastCalledWith('THA');
    fireEvent.keyDown(node('iom'), { key: ' ' });
    expect(onFocus).toHaveBeenLastCalledWith('iom');
    rerender(
      wrap(
        <NetworkChart
          data={SAMPLE}
          focus="VNM"
          depth={2}
          edgeMeasure="records"
          onFocus={onFocus}
          state="ready"
        />,
      ),
    );
    fireEvent.keyDown(node('VNM'), { key: 'Escape' });
    expect(onFocus).toHaveBeenLastCalledWith(null);
  });

  it('focuses an actor on click', () => {
    const { node, onFocus } = setup();
    fireEvent.click(node('asean'));
    expect(onFocus).toHaveBeenLastCalledWith('asean');
  });
});

describe('NetworkChart focus view', () => {
  it('highlights the focus and its partners, dims the rest and says how central the focus is', () => {
    const { node } = setup({ data: SAMPLE, focus: 'VNM', depth: 2 });
    expect(node('VNM').getAttribute('aria-current')).toBe('true');
    expect(node('iom').classList.contains('network__node--near')).toBe(true);
    expect(node('PHL').classList.contains('network__node--dim')).toBe(true);
    expect(screen.getByText(/betweenness centrality 0\.52/)).toBeTruthy();
  });

  it('switches depth and measure with pressed buttons', () => {
    const onDepthChange = vi.fn();
    const onEdgeMeasureChange = vi.fn();
    setup({ data: SAMPLE, focus: 'VNM', depth: 2, onDepthChange, onEdgeMeasureChange });
    expect(screen.getByRole('button', { name: '2 steps' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '1 step' }));
    expect(onDepthChange).toHaveBeenCalledWith(1);
    fireEvent.click(screen.getByRole('button', { name: 'Common memberships' }));
    expect(onEdgeMeasureChange).toHaveBeenCalledWith('memberships');
  });

  it('shows a designed empty state when nothing matches', () => {
    setup({ data: { ...SAMPLE, nodes: [], edges: [] } });
    expect(screen.getByRole('note').textContent).toContain('No ties to show');
  });
});

describe('NetworkChart server rendering', () => {
  it('hydrates the server markup without a mismatch (same layout on both sides)', async () => {
    const ui = wrap(
      <NetworkChart
        data={SAMPLE}
        focus="VNM"
        depth={2}
        edgeMeasure="records"
        onFocus={() => {}}
        state="ready"
      />,
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.appendChild(container);
    const serverPaths = container.querySelectorAll('[data-actor] path').length;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    const root = await act(async () => hydrateRoot(container, ui, { onRecoverableError: recoverable }));
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelectorAll('[data-actor] path')).toHaveLength(serverPaths);
    errors.mockRestore();
    act(() => root.unmount());
    container.remove();
  });
});
