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
    expect((await proxy(req('/api/v1/records', { authorization: `Bearer ${f.tokens.viewer}` }))).status).toBe(
      200,
    );
  });
});
