// Embeds on another site: a host page served from a different origin frames each view, which renders,
// reports its height, passes axe inside the frame and logs no error; the same embed without JavaScript
// still shows its chart; framing is open for embeds only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

let host: http.Server;
let hostOrigin = '';

test.beforeAll(async () => {
  // A second origin: same machine, another port. It serves a page framing whatever `src` names.
  host = http.createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src');
    if (!src) {
      res.writeHead(204).end(); // the favicon, and nothing else

      return;
    }
    const atlas = new URL(src).origin;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en" data-hydrated="true"><head><title>Host</title></head><body>
<h1>A host page</h1>
<script>window.__heights = []; addEventListener('message', function (e) {
  if (e.data && e.data.type === 'compact-atlas:height') window.__heights.push({ height: e.data.height, id: e.data.id, origin: e.origin });
});</script>
<iframe title="Embedded chart" src="${src.replace(/"/g, '&quot;')}" width="100%" height="150" style="border:0" data-compact-atlas></iframe>
<script src="${atlas}/embed.js"></script>
</body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

async function openHost(page: Page, baseURL: string | undefined, path: string) {
  await page.goto(`${hostOrigin}/?src=${encodeURIComponent(`${baseURL}${path}`)}`);
  return page.frameLocator('iframe[data-compact-atlas]');
}

declare global {
  interface Window {
    __heights: Array<{ height: number; id: string; origin: string }>;
  }
}

const EMBEDS: Array<[string, string]> = [
  ['timeline', '/embed/timeline?country=VNM'],
  ['map', '/embed/map?country=VNM'],
  ['network', '/embed/network?country=VNM&focus=VNM'],
  ['table', '/embed/table?kind=vote'],
  ['record', '/embed/record/vna-2023-11-viet-nam-iom-geneva'],
];

test.describe('embeds on another site', () => {
  for (const [chart, path] of EMBEDS)
    test(`${chart}: renders in the frame, reports its height, passes axe`, async ({ page, baseURL }) => {
      const frame = await openHost(page, baseURL, path);
      await expect(frame.locator(`[data-chart="${chart}"]`).first()).toHaveAttribute('data-state', 'ready');
      await expect(frame.locator('html[data-hydrated="true"]')).toBeAttached();
      // Settled: a chart laid out again for the frame's width is busy until the new picture is in.
      await expect(frame.locator(`[data-chart="${chart}"]`).first()).not.toHaveAttribute('aria-busy', 'true');
      // The last height the embed posted is its content's height, and embed.js sized the iframe to it.
      const measure = async () => {
        const reported = await page.evaluate(() => window.__heights.at(-1)?.height ?? 0);
        const content = await frame
          .locator('.embed')
          .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
        const iframe = await page
          .locator('iframe')
          .evaluate((el) => Math.round(el.getBoundingClientRect().height));
        return { reported, content, iframe };
      };
      await expect
        .poll(async () => {
          const m = await measure();
          return m.reported === m.content && m.iframe === m.reported;
        })
        .toBe(true);
      const last = await page.evaluate(() => window.__heights.at(-1)!);
      const content = await frame
        .locator('.embed')
        .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      expect(last.height).toBe(content);
      expect(last.height).toBeGreaterThan(200);
      expect(last.id).toContain(path.split('?')[0]);
      expect(
        await page.locator('iframe').evaluate((el) => Math.round(el.getBoundingClientRect().height)),
      ).toBe(last.height);
      const results = await new AxeBuilder({ page })
        .include(['iframe[data-compact-atlas]', '.embed'])
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
        [],
      );
      // The way out opens the full site in a new tab.
      const open = frame.locator('.embed__open');
      await expect(open).toHaveAttribute('target', '_blank');
      await expect(open).toHaveAttribute('rel', 'noopener');
    });

  test('controls=0 hides the controls; title=0 and legend=0 hide the title and legend', async ({
    page,
    baseURL,
  }) => {
    let frame = await openHost(page, baseURL, '/embed/map?country=VNM');
    const map = frame.locator('[data-chart="map"]');
    await expect(map).toHaveAttribute('data-state', 'ready');
    await expect(frame.getByRole('button', { name: 'GCM vote' })).toBeVisible();
    await expect(frame.getByRole('button', { name: 'Remove filter: Country: Viet Nam' })).toBeVisible();
    await expect(frame.locator('.world-map__legend')).toBeVisible();

    frame = await openHost(page, baseURL, '/embed/map?country=VNM&controls=0&title=0&legend=0&footer=0');
    await expect(frame.locator('[data-chart="map"]')).toHaveAttribute('data-state', 'ready');
    await expect(frame.locator('.chart__toolbar')).toHaveCount(0);
    await expect(frame.getByRole('button', { name: /Remove filter/ })).toHaveCount(0);
    await expect(frame.getByRole('button', { name: 'GCM vote' })).toHaveCount(0);
    await expect(frame.locator('.world-map__legend')).toHaveCount(0);
    await expect(frame.locator('.embed__footer')).toHaveCount(0);
    // The title stays for screen readers (the figure is labelled by it) but is not shown.
    await expect(frame.locator('.chart__title')).toHaveClass(/visually-hidden/);
    await expect(frame.getByTestId('url-notice')).toHaveCount(0);
  });

  test('a click in the embed changes the embed, not the host page', async ({ page, baseURL }) => {
    const frame = await openHost(page, baseURL, '/embed/map?country=VNM&legend=0');
    await expect(frame.locator('[data-chart="map"]')).toHaveAttribute('data-state', 'ready');
    const before = await page.evaluate(() => history.length);
    await frame.locator('path[data-iso3="THA"]').first().dispatchEvent('click');
    await expect(frame.getByRole('button', { name: 'Remove filter: Country: Thailand' })).toBeVisible();
    const src = await page
      .locator('iframe')
      .evaluate((el) => (el as HTMLIFrameElement).contentWindow!.length);
    expect(src).toBe(0);
    // The embed's options survive its own navigation, and the host page's history is untouched.
    await expect(frame.locator('.world-map__legend')).toHaveCount(0);
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(page.url()).toContain(hostOrigin);
  });

  test('French through lang=fr', async ({ page, baseURL }) => {
    const frame = await openHost(page, baseURL, '/embed/timeline?lang=fr');
    await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(frame.getByRole('heading', { name: 'Fiches dans le temps' })).toBeVisible();
    await expect(frame.locator('.embed__footer')).toContainText('Source : Compact Atlas');
  });
});

test.describe('an embed without JavaScript', () => {
  test('/embed/map?country=VNM shows the map with Viet Nam marked', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/embed/map?country=VNM');
    const map = page.locator('[data-chart="map"]');
    await expect(map).toHaveAttribute('data-state', 'ready');
    const vnm = map.locator('svg path[data-iso3="VNM"]');
    await expect(vnm).toHaveAttribute('aria-label', /Viet Nam: 7 records \(in the filter\)/);
    await expect(map.locator('svg .world-map__selected path')).toHaveCount(1);
    expect(await map.locator('svg path[data-iso3]').count()).toBeGreaterThan(150);
    await context.close();
  });
});

test.describe('framing', () => {
  test('embeds may be framed by any site; the dashboard, records and profiles refuse', async ({
    request,
  }) => {
    for (const path of [
      '/embed/map',
      '/fr/embed/timeline?country=VNM',
      '/embed/record/vna-2023-11-viet-nam-iom-geneva',
    ]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-security-policy'], path).toContain('frame-ancestors *');
      expect(res.headers()['x-frame-options'], path).toBeUndefined();
    }
    for (const path of [
      '/',
      '/records/vna-2023-11-viet-nam-iom-geneva',
      '/countries/VNM',
      '/report',
      '/fr',
    ]) {
      const res = await request.get(path);
      expect(res.headers()['x-frame-options'], path).toBe('DENY');
      expect(res.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/frame|ERR_BLOCKED_BY_RESPONSE/i] });
    test('a browser refuses to show the dashboard in another site’s frame', async ({ page, baseURL }) => {
      const frame = await openHost(page, baseURL, '/?country=VNM');
      await expect.poll(() => page.frames()[1]?.url() ?? '').toMatch(/^chrome-error:/);
      await expect(frame.locator('[data-chart]')).toHaveCount(0);
    });
  });
});

test.describe('caching', () => {
  test('an embed answers a repeat request with 304, and a reload from the cache still runs', async ({
    page,
    request,
  }) => {
    const path = '/embed/map?v=1&country=VNM';
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    const etag = first.headers()['etag']!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers()['cache-control']).toBe('public, no-cache');
    const again = await request.get(path, { headers: { 'if-none-match': etag } });
    expect(again.status()).toBe(304);
    // A 304 carries no new policy: the stored page keeps the nonce its scripts were given.
    expect(again.headers()['content-security-policy']).toBeUndefined();
    // Another view, another language: another ETag.
    for (const other of ['/embed/map?v=1&country=THA', '/embed/map?v=1&country=VNM&lang=fr'])
      expect((await request.get(other, { headers: { 'if-none-match': etag } })).status()).toBe(200);
    // The dashboard is never stored.
    expect((await request.get('/?v=1&country=VNM')).headers()['cache-control']).toContain('no-store');

    // In the browser: the second load revalidates (304) and the page still hydrates with no CSP error.
    await page.goto(path);
    await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
    const revalidated = page.waitForResponse(
      (r) => r.url().endsWith(path) && r.request().isNavigationRequest(),
    );
    await page.reload();
    const res = await revalidated;
    expect([200, 304]).toContain(res.status());
    expect(await res.request().headerValue('if-none-match')).toBe(etag);
    await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
    await expect(page.locator('[data-chart="map"]').first()).toHaveAttribute('data-state', 'ready');
  });
});
