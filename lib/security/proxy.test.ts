// The proxy: every page gets a Content-Security-Policy with a fresh nonce (passed to Next.js in the
// request), and PRIVATE=1 turns away anonymous readers of pages and of the API.
import { NextRequest } from 'next/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { proxy } from '../../proxy';
import { staffFixture, type StaffFixture } from '../../test/staff';

let f: StaffFixture;
beforeAll(async () => {
  f = await staffFixture();
});
afterAll(() => f.cleanup());
afterEach(() => {
  delete process.env.PRIVATE;
  delete process.env.EMBED_ALLOWED_ORIGINS;
});

const req = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://localhost:3000${path}`, { headers: { 'accept-language': 'en', ...headers } });

describe('proxy', () => {
  it('sets a nonce-based CSP that forbids framing, different on every request', async () => {
    const a = (await proxy(req('/'))).headers.get('content-security-policy')!;
    const b = (await proxy(req('/records/x'))).headers.get('content-security-policy')!;
    expect(a).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(a).toContain("frame-ancestors 'none'");
    expect(a).toContain("object-src 'none'");
    expect(a).not.toBe(b);
  });

  it('lets anyone read when the atlas is public', async () => {
    expect((await proxy(req('/api/v1/records'))).status).toBe(200);
  });

  it('with PRIVATE=1, answers anonymous API calls with 401 and sends pages to sign-in', async () => {
    process.env.PRIVATE = '1';
    expect((await proxy(req('/api/v1/records'))).status).toBe(401);
    const page = await proxy(req('/fr/records/x'));
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toBe('http://localhost:3000/fr/sign-in?next=%2Ffr%2Frecords%2Fx');
    expect((await proxy(req('/sign-in'))).status).toBe(200);
    // A load balancer's readiness check cannot sign in.
    expect((await proxy(req('/api/health'))).status).toBe(200);
    expect((await proxy(req('/api/healthz'))).status).toBe(401);
    expect((await proxy(req('/api/v1/records', { authorization: `Bearer ${f.tokens.viewer}` }))).status).toBe(
      200,
    );
  });

  it('lets any site frame embeds by default, keeping the nonce; other pages still refuse framing', async () => {
    const embed = (await proxy(req('/embed/map?country=VNM'))).headers.get('content-security-policy')!;
    expect(embed).toContain('frame-ancestors *');
    expect(embed).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    const fr = (await proxy(req('/fr/embed/timeline'))).headers.get('content-security-policy')!;
    expect(fr).toContain('frame-ancestors *');
    for (const page of ['/', '/records/x', '/countries/VNM', '/report', '/embedded'])
      expect((await proxy(req(page))).headers.get('content-security-policy')).toContain(
        "frame-ancestors 'none'",
      );
  });

  it('limits framing of embeds to EMBED_ALLOWED_ORIGINS, read at request time', async () => {
    process.env.EMBED_ALLOWED_ORIGINS = 'https://news.example.org, http://localhost:8080';
    expect((await proxy(req('/embed/network'))).headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://news.example.org http://localhost:8080",
    );
  });

  it('serves an embed in the language of lang=, without negotiating or redirecting', async () => {
    const res = await proxy(req('/embed/map?lang=fr', { 'accept-language': 'en' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/fr/embed/map?lang=fr');
    const plain = await proxy(req('/embed/map', { 'accept-language': 'fr', cookie: 'NEXT_LOCALE=fr' }));
    expect(plain.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/en/embed/map');
    expect((await proxy(req('/fr/embed/map'))).headers.get('x-middleware-rewrite')).toBeNull();
  });

  it('keeps PRIVATE=1 in force for embeds and chart images', async () => {
    process.env.PRIVATE = '1';
    expect((await proxy(req('/embed/map'))).status).toBe(307);
    expect((await proxy(req('/api/v1/charts/map.png'))).status).toBe(401);
    expect((await proxy(req('/api/v1/oembed?url=x'))).status).toBe(401);
  });
});
