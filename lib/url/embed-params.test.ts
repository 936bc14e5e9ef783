import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED, parseEmbedParams, writeEmbedParams } from './embed-params';
import { parseLocation, toVocabulary } from './location';

const vocab = toVocabulary({ countries: ['VNM'], organisations: ['iom'], blocs: [], topics: [] });

describe('embed options in the URL', () => {
  it('reads the flags and the language, and writes back only what differs from the defaults', () => {
    const { options, issues } = parseEmbedParams(new URLSearchParams('controls=0&legend=false&lang=FR'));
    expect(issues).toEqual([]);
    expect(options).toEqual({ ...DEFAULT_EMBED, controls: false, legend: false, lang: 'fr' });
    expect(writeEmbedParams(new URLSearchParams(), options).toString()).toBe('controls=0&legend=0&lang=fr');
    expect(writeEmbedParams(new URLSearchParams(), DEFAULT_EMBED).toString()).toBe('');
  });

  it('names a bad value and keeps the default', () => {
    const { options, issues } = parseEmbedParams(new URLSearchParams('title=maybe&lang=de'));
    expect(options.title).toBe(true);
    expect(options.lang).toBeNull();
    expect(issues.map((i) => i.param)).toEqual(['title', 'lang']);
  });

  it('is part of an embed address but an unknown parameter on a dashboard address', () => {
    const qs = new URLSearchParams('country=VNM&controls=0&lang=fr');
    expect(parseLocation(qs, vocab, { embed: true }).issues).toEqual([]);
    expect(parseLocation(qs, vocab).issues.map((i) => [i.param, i.code])).toEqual([
      ['controls', 'unknown_parameter'],
      ['lang', 'unknown_parameter'],
    ]);
  });
});
