import { describe, expect, it } from 'vitest';
import { localizedPath, negotiateLocale, splitLocale } from './config';

describe('locale routing helpers', () => {
  it('prefixes every locale but English', () => {
    expect(localizedPath('en', '/records/x')).toBe('/records/x');
    expect(localizedPath('fr', '/records/x')).toBe('/fr/records/x');
    expect(localizedPath('fr', '/')).toBe('/fr');
  });

  it('splits the locale off a path', () => {
    expect(splitLocale('/fr/records/x')).toEqual({ locale: 'fr', rest: '/records/x' });
    expect(splitLocale('/fr')).toEqual({ locale: 'fr', rest: '/' });
    expect(splitLocale('/records/x')).toEqual({ locale: null, rest: '/records/x' });
    expect(splitLocale('/france')).toEqual({ locale: null, rest: '/france' });
  });

  it('picks the best supported language of the browser', () => {
    expect(negotiateLocale('fr-CH, fr;q=0.9, en;q=0.8')).toBe('fr');
    expect(negotiateLocale('de-DE,de;q=0.9,fr;q=0.5,en;q=0.7')).toBe('en');
    expect(negotiateLocale('de-DE')).toBe('en');
    expect(negotiateLocale(null)).toBe('en');
  });
});
