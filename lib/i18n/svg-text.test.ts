import { describe, expect, it } from 'vitest';
import { bidiText } from './svg-text';

describe('bidiText', () => {
  it('leaves left-to-right labels alone', () => {
    expect(bidiText('Viet Nam', 'ltr')).toBe('Viet Nam');
  });

  it('isolates a right-to-left label so that its parentheses and numbers keep their order', () => {
    expect(bidiText('بوليفيا (دولة - المتعددة القوميات)', 'rtl')).toBe(
      '\u2067بوليفيا (دولة - المتعددة القوميات)\u2069',
    );
    expect(bidiText('', 'rtl')).toBe('');
  });
});
