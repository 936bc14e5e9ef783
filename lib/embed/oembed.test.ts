import { describe, expect, it } from 'vitest';
import { iframeSnippet } from './links';
import { oembedSize, oembedTarget, parseOembedParams } from './oembed';

const SITE = ['https://atlas.example'];
const parse = (qs: string) => parseOembedParams(new URLSearchParams(qs));

describe('oEmbed requests', () => {
  it('accepts a url with optional sizes and format=json', () => {
    expect(parse('url=https%3A%2F%2Fatlas.example%2F&maxwidth=500&format=json')).toEqual({
      ok: true,
      request: { url: 'https://atlas.example/', maxwidth: 500, maxheight: null },
    });
  });

  it('answers 501 for XML and 400 naming every bad parameter', () => {
    expect(parse('url=https://atlas.example/&format=xml')).toMatchObject({ ok: false, status: 501 });
    const bad = parse('maxwidth=wide&maxheight=-3&format=yaml&callback=x');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.status).toBe(400);
      expect(bad.issues.map((i) => i.param).sort()).toEqual([
        'callback',
        'format',
        'maxheight',
        'maxwidth',
        'url',
      ]);
    }
    expect(parse('url=/embed/map')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('what an address embeds', () => {
  it('maps embed addresses to their chart, keeping the query and the language', () => {
    const t = oembedTarget('https://atlas.example/fr/embed/network?country=VNM&focus=VNM', SITE);
    expect(t).toMatchObject({ kind: 'chart', chart: 'network', locale: 'fr' });
    expect(t?.kind === 'chart' && t.search.toString()).toBe('country=VNM&focus=VNM');
    expect(oembedTarget('https://atlas.example/embed/timeline?lang=fr', SITE)).toMatchObject({
      locale: 'fr',
    });
  });

  it('embeds the map of a dashboard or a profile, with the profile as a filter', () => {
    expect(oembedTarget('https://atlas.example/?v=1&kind=meeting', SITE)).toMatchObject({ chart: 'map' });
    const p = oembedTarget('https://atlas.example/countries/VNM', SITE);
    expect(p?.kind === 'chart' && p.search.get('country')).toBe('VNM');
  });

  it('embeds a record from its page or its embed address', () => {
    expect(oembedTarget('https://atlas.example/records/abc-1', SITE)).toEqual({
      kind: 'record',
      id: 'abc-1',
      locale: 'en',
    });
    expect(oembedTarget('https://atlas.example/fr/embed/record/abc-1', SITE)).toMatchObject({
      id: 'abc-1',
      locale: 'fr',
    });
  });

  it('knows nothing of other sites, other pages or bad charts', () => {
    expect(oembedTarget('https://evil.example/embed/map', SITE)).toBeNull();
    expect(oembedTarget('https://atlas.example.evil.example/embed/map', SITE)).toBeNull();
    expect(oembedTarget('https://atlas.example/sign-in', SITE)).toBeNull();
    expect(oembedTarget('https://atlas.example/embed/pie', SITE)).toBeNull();
    expect(oembedTarget('not a url', SITE)).toBeNull();
  });
});

describe('oEmbed sizes and code', () => {
  it('fits within maxwidth and maxheight, defaulting to a column', () => {
    expect(oembedSize('timeline', null, null).width).toBe(720);
    const small = oembedSize('map', 400, 300);
    expect(small.width).toBe(400);
    expect(small.height).toBe(300);
    expect(oembedSize('map', 400, null).height).toBeGreaterThan(300);
  });

  it('escapes the address and the title inside the iframe code', () => {
    const html = iframeSnippet('https://atlas.example/embed/map?q="><script>', 'A "title" <b>', 400);
    expect(html).toContain('src="https://atlas.example/embed/map?q=&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('title="A &quot;title&quot; &lt;b&gt;"');
    expect(html).not.toContain('<script>');
  });
});
