import { describe, expect, it } from 'vitest';
import { svgTextProps } from './svg-text';

describe('svgTextProps', () => {
  it('leaves left-to-right labels as laid out', () => {
    expect(svgTextProps('ltr', 'start')).toEqual({ textAnchor: 'start' });
  });

  it('mirrors the anchor of a right-to-left label so that it covers the same box', () => {
    // Laid out to the right of its mark: the text's end (its left edge in Arabic) sits at x.
    expect(svgTextProps('rtl', 'start')).toEqual({ textAnchor: 'end', direction: 'rtl' });
    expect(svgTextProps('rtl', 'end')).toEqual({ textAnchor: 'start', direction: 'rtl' });
    expect(svgTextProps('rtl', 'middle')).toEqual({ textAnchor: 'middle', direction: 'rtl' });
  });
});
