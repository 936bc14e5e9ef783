import { describe, expect, it } from 'vitest';
import { embedFrameAncestors, isEmbedPath } from './frame-ancestors';

describe('frame-ancestors for embeds', () => {
  it('lets any site frame embeds when no list is configured', () => {
    expect(embedFrameAncestors(undefined).sources).toBe('*');
    expect(embedFrameAncestors('  ').sources).toBe('*');
    expect(embedFrameAncestors('https://a.example, *').sources).toBe('*');
  });

  it('builds a source list from origins separated by commas or spaces, normalised and deduplicated', () => {
    expect(
      embedFrameAncestors(
        'https://News.Example.org, http://localhost:8080 https://*.example.org/ https://news.example.org',
      ).sources,
    ).toBe("'self' https://news.example.org http://localhost:8080 https://*.example.org");
  });

  it('drops entries that are not http(s) origins, so nothing can be smuggled into the header', () => {
    const { sources, rejected } = embedFrameAncestors(
      "https://ok.example, javascript:alert(1), https://x.example/path, 'unsafe-inline', https://a.example;script-src-elem, ftp://f.example, https://p.example:99999",
    );
    expect(sources).toBe("'self' https://ok.example");
    expect(rejected).toEqual([
      'javascript:alert(1)',
      'https://x.example/path',
      "'unsafe-inline'",
      'https://a.example;script-src-elem',
      'ftp://f.example',
      'https://p.example:99999',
    ]);
  });

  it('falls back to this site alone when every entry is invalid', () => {
    expect(embedFrameAncestors('example.org').sources).toBe("'self'");
  });

  it('knows which paths are embeds', () => {
    expect(isEmbedPath('/embed/map')).toBe(true);
    expect(isEmbedPath('/embed')).toBe(true);
    expect(isEmbedPath('/embedded')).toBe(false);
    expect(isEmbedPath('/records/embed')).toBe(false);
  });
});
