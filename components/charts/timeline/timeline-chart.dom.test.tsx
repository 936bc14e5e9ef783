// @vitest-environment jsdom
// Keyboard use of the timeline in a DOM: the range sliders apply on key release, the period columns
// are one tab stop with arrow keys and Enter, and the stack switch reports the choice.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IntlProvider } from 'use-intl/react';
import type { TimelineResponse } from '@/lib/domain/api';
import { MESSAGES } from '@/lib/i18n/messages';
import { MONTHS, TOPIC_NAMES, YEARS } from './fixtures';
import { DEFAULT_WIDTH, MARGIN } from './layout';
import { TimelineChart, type PeriodRange } from './timeline-chart';

beforeAll(() => {
  // jsdom has no layout: the chart keeps its default width.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

function setup(data: TimelineResponse, range: PeriodRange = { from: null, to: null }) {
  const onRangeChange = vi.fn();
  const onStackChange = vi.fn();
  const ui = (r: PeriodRange) => (
    <IntlProvider locale="en" messages={MESSAGES.en} timeZone="UTC">
      <TimelineChart
        data={data}
        stack="kind"
        topicNames={TOPIC_NAMES}
        range={r}
        onRangeChange={onRangeChange}
        onStackChange={onStackChange}
        state="ready"
      />
    </IntlProvider>
  );
  const view = render(ui(range));
  return { onRangeChange, onStackChange, rerender: (r: PeriodRange) => view.rerender(ui(r)) };
}

describe('range sliders', () => {
  it('ArrowRight then key release moves the start to the next period', () => {
    const { onRangeChange } = setup(YEARS);
    const start = screen.getByRole('slider', { name: 'Start of the period' });
    expect(start.getAttribute('aria-valuetext')).toBe('2015');
    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    expect(onRangeChange).not.toHaveBeenCalled();
    expect(start.getAttribute('aria-valuetext')).toBe('2016');
    fireEvent.keyUp(start, { key: 'ArrowRight' });
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    expect(onRangeChange).toHaveBeenCalledWith({ from: '2016', to: null });
  });

  it('applies several key presses once, on release or when focus leaves', () => {
    const { onRangeChange } = setup(MONTHS, { from: '2022-11', to: '2023-11' });
    const end = screen.getByRole('slider', { name: 'End of the period' });
    expect(end.getAttribute('aria-valuetext')).toBe('November 2023');
    fireEvent.keyDown(end, { key: 'ArrowLeft' });
    fireEvent.keyDown(end, { key: 'ArrowLeft' });
    expect(end.getAttribute('aria-valuetext')).toBe('September 2023');
    fireEvent.blur(end);
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    expect(onRangeChange).toHaveBeenCalledWith({ from: '2022-11', to: '2023-09' });
    fireEvent.keyUp(end, { key: 'ArrowLeft' });
    expect(onRangeChange).toHaveBeenCalledTimes(1);
  });

  it('pages by a year at month interval and follows a new range from the page', () => {
    const { onRangeChange, rerender } = setup(MONTHS, { from: '2022-11', to: '2023-11' });
    const start = screen.getByRole('slider', { name: 'Start of the period' });
    fireEvent.keyDown(start, { key: 'PageDown' });
    fireEvent.keyUp(start, { key: 'PageDown' });
    expect(onRangeChange).toHaveBeenLastCalledWith({ from: '2021-11', to: '2023-11' });
    rerender({ from: '2023', to: null });
    expect(start.getAttribute('aria-valuetext')).toBe('January 2023');
  });
});

describe('period columns', () => {
  it('are one tab stop; arrows move it, Enter selects the period', () => {
    const { onRangeChange } = setup(YEARS);
    const columns = screen.getAllByRole('button', { name: /^20\d\d:/ });
    expect(columns).toHaveLength(6);
    expect(columns.filter((c) => c.getAttribute('tabindex') === '0')).toHaveLength(1);
    const last = columns[5]!;
    expect(last.getAttribute('aria-label')).toBe('2020: 1 record (Meeting 1)');
    last.focus();
    fireEvent.keyDown(last, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(columns[4]);
    fireEvent.keyDown(columns[4]!, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      '2018: 4 records (Vote 1, Agreement or MoU 3)',
    );
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onRangeChange).toHaveBeenCalledWith({ from: '2018', to: '2018' });
  });

  it('mentions year-only records in the months of their year', () => {
    setup(MONTHS);
    expect(screen.getByRole('button', { name: /^January 2023:/ }).getAttribute('aria-label')).toBe(
      'January 2023: no records, and 3 records dated only to 2023',
    );
  });
});

describe('brush', () => {
  // jsdom has no layout: d3 reads pointer positions as client coordinates, which here are the plot
  // <svg>'s pixels (x = 0 at the plot's left edge); the chart keeps its default width.
  // The brush is drawn in a task after the commit.
  const drawn = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const overlay = () => document.querySelector('.timeline__brush .overlay')!;
  // d3-brush listens on the event's view for the rest of the gesture; jsdom will not take its own
  // window as `view` in the MouseEvent constructor, so it is set on the event afterwards.
  const mouse = (target: EventTarget, type: string, clientX: number) => {
    const e = new MouseEvent(type, { bubbles: true, cancelable: true, clientX, clientY: 100 });
    Object.defineProperty(e, 'view', { value: window });
    act(() => {
      target.dispatchEvent(e);
    });
  };
  const plotWidth = DEFAULT_WIDTH - MARGIN.left - MARGIN.right;
  const pixels = (length: string | null) => (parseFloat(length ?? '') / 100) * plotWidth;
  const columnCentre = (label: string) => {
    const r = screen.getByRole('button', { name: new RegExp(`^${label}:`) });
    return pixels(r.getAttribute('x')) + pixels(r.getAttribute('width')) / 2;
  };

  it('a drag selects the whole periods it covers, once, when released', async () => {
    const { onRangeChange } = setup(YEARS);
    await drawn();
    const from = columnCentre('2016') - 20;
    const to = columnCentre('2018') + 20;
    mouse(overlay(), 'mousedown', from);
    mouse(window, 'mousemove', (from + to) / 2);
    mouse(window, 'mousemove', to);
    expect(onRangeChange).not.toHaveBeenCalled();
    mouse(window, 'mouseup', to);
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    expect(onRangeChange).toHaveBeenCalledWith({ from: '2016', to: '2018' });
    // d3-drag swallows the click that ends a drag until the next task: let it pass.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('a click selects the period under the pointer', async () => {
    const { onRangeChange } = setup(YEARS);
    await drawn();
    const x = columnCentre('2020');
    mouse(overlay(), 'mousedown', x);
    mouse(window, 'mouseup', x);
    expect(onRangeChange).toHaveBeenCalledWith({ from: '2020', to: '2020' });
  });

  it('a click just inside a column’s left edge selects that column, not the one before', async () => {
    const { onRangeChange } = setup(YEARS);
    await drawn();
    const r = screen.getByRole('button', { name: /^2020:/ });
    const x = pixels(r.getAttribute('x')) + 2;
    mouse(overlay(), 'mousedown', x);
    mouse(window, 'mouseup', x);
    expect(onRangeChange).toHaveBeenCalledWith({ from: '2020', to: '2020' });
  });
});

describe('toolbar', () => {
  it('switches the stacking and clears the period', () => {
    const { onStackChange, onRangeChange } = setup(YEARS, { from: '2018', to: '2019' });
    expect(screen.getByRole('button', { name: 'By kind' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'By topic' }));
    expect(onStackChange).toHaveBeenCalledWith('topic');
    fireEvent.click(screen.getByRole('button', { name: 'Clear period' }));
    expect(onRangeChange).toHaveBeenCalledWith({ from: null, to: null });
  });
});
