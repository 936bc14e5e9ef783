// Chart images, the "Embed and download" dialog, oEmbed and the printable report: images decode to the
// size asked for and carry their footer, the dialog is a proper modal, oEmbed answers with the embed
// code, the report prints only the report, and hostile text stays text everywhere.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(body: Buffer) {
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** Parses an SVG in the browser: no parser error, and the text of its parts. */
async function parseSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const part = (name: string) => doc.querySelector(`[data-part="${name}"]`)?.textContent ?? '';
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      width: doc.documentElement.getAttribute('width'),
      title: part('title'),
      filters: part('filters'),
      legend: part('legend'),
      footer: part('footer'),
      fontFaces: (doc.querySelector('style')?.textContent ?? '').match(/@font-face/g)?.length ?? 0,
      scripts: doc.getElementsByTagName('script').length,
    };
  }, text);
}

async function get(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return res;
}

test.describe('chart images', () => {
  test('PNGs decode to the requested size, 1× and 2×', async ({ request }) => {
    for (const chart of ['timeline', 'map', 'network']) {
      const one = pngSize(
        await (await get(request, `/api/v1/charts/${chart}.png?country=VNM&width=640`)).body(),
      );
      const two = pngSize(
        await (await get(request, `/api/v1/charts/${chart}.png?country=VNM&width=640&scale=2`)).body(),
      );
      expect(one.width, chart).toBe(640);
      expect(two).toEqual({ width: 1280, height: one.height * 2 });
    }
  });

  test('SVGs parse, embed their font and carry title, filters, legend and footer', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    for (const [chart, title] of [
      ['timeline', 'Records over time'],
      ['map', 'Where the cooperation happens'],
      ['network', 'Who works with whom'],
    ]) {
      const res = await get(request, `/api/v1/charts/${chart}.svg?country=VNM&kind=meeting`);
      expect(res.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
      const svg = await parseSvg(page, await res.text());
      expect(svg).toMatchObject({ errors: 0, root: 'svg', width: '800', title, scripts: 0 });
      expect(svg.filters).toBe('Filters: Country: Viet Nam; Kind of record: Meeting');
      expect(svg.footer).toContain('Source: Compact Atlas · Data of');
      expect(svg.footer).toContain('Licence: CC BY 4.0');
      expect(svg.footer).toContain('/?v=1&country=VNM&kind=meeting');
      expect(svg.legend.length).toBeGreaterThan(0);
      expect(svg.fontFaces).toBeGreaterThan(0);
    }
  });

  test('in French with lang=fr, and bad parameters are named', async ({ page, request }) => {
    await page.goto('/');
    const svg = await parseSvg(
      page,
      await (await get(request, '/api/v1/charts/map.svg?lang=fr&map=stance')).text(),
    );
    expect(svg.title).toBe('Vote sur le Pacte mondial sur les migrations (A/RES/73/195)');
    expect(svg.footer).toContain('Source : Compact Atlas');
    const bad = await request.get('/api/v1/charts/map.png?width=5&stack=topic');
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.issues.map((i: { param: string }) => i.param).sort()).toEqual([
      'stack',
      'width',
    ]);
    // The network's view parameters are checked against the actors, as on /api/v1/network.
    const focus = await request.get('/api/v1/charts/network.svg?focus=XXX&depth=3');
    expect(focus.status()).toBe(400);
    expect((await focus.json()).error.issues.map((i: { param: string }) => i.param).sort()).toEqual([
      'depth',
      'focus',
    ]);
    expect((await request.get('/api/v1/charts/pie.svg')).status()).toBe(404);
  });
});

test.describe('the Embed and download dialog', () => {
  test('is a labelled modal with the embed code, the permalink and working downloads', async ({
    page,
    request,
  }) => {
    await page.goto('/?v=1&country=VNM&stack=topic');
    const open = page.getByRole('button', { name: 'Embed or download: Records over time' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Embed or download: Records over time' });
    await expect(dialog).toBeVisible();
    const code = await dialog.getByLabel('Embed code').inputValue();
    expect(code).toMatch(
      /^<iframe src="http:\/\/[^"]+\/embed\/timeline\?v=1&amp;country=VNM&amp;stack=topic"/,
    );
    expect(code).toContain('data-compact-atlas');
    await dialog.getByRole('checkbox', { name: 'Controls' }).uncheck();
    await expect(dialog.getByLabel('Embed code')).toHaveValue(/stack=topic&amp;controls=0"/);
    await expect(dialog.getByLabel('Link to this view')).toHaveValue(/\/\?v=1&country=VNM&stack=topic$/);
    await expectAccessible(page, 'the embed dialog');

    // Focus stays inside while it is open.
    for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);

    const png2 = await dialog.getByRole('link', { name: 'PNG image, double size (2×)' }).getAttribute('href');
    expect(pngSize(await (await get(request, png2!)).body()).width).toBe(1600);
    const csv = await dialog.getByRole('link', { name: 'Records (CSV)' }).getAttribute('href');
    expect(await (await get(request, csv!)).text()).toContain('# Filters: Country: Viet Nam');

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(open).toBeFocused();
  });

  test('is on every chart and on the records table', async ({ page }) => {
    await page.goto('/');
    for (const name of ['Records over time', 'World map', 'Who works with whom', 'Records'])
      await expect(
        page.getByRole('button', { name: `Embed or download: ${name}`, exact: true }),
      ).toBeVisible();
  });
});

test.describe('oEmbed', () => {
  test('answers with the iframe for a chart, a dashboard or a record address', async ({
    page,
    request,
    baseURL,
  }) => {
    const url = `${baseURL}/embed/network?country=VNM&focus=VNM&controls=0`;
    const res = await get(request, `/api/v1/oembed?url=${encodeURIComponent(url)}&maxwidth=500&format=json`);
    const body = await res.json();
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Compact Atlas', width: 500 });
    expect(body.html).toContain(
      `src="${baseURL}/embed/network?v=1&amp;country=VNM&amp;focus=VNM&amp;controls=0"`,
    );
    expect(body.height).toBeGreaterThan(300);
    const record = await (
      await get(
        request,
        `/api/v1/oembed?url=${encodeURIComponent(`${baseURL}/fr/records/vna-2023-11-viet-nam-iom-geneva`)}`,
      )
    ).json();
    expect(record.html).toContain('/fr/embed/record/vna-2023-11-viet-nam-iom-geneva');

    expect(
      (
        await request.get(`/api/v1/oembed?url=${encodeURIComponent('https://elsewhere.example/embed/map')}`)
      ).status(),
    ).toBe(404);
    expect(
      (await request.get(`/api/v1/oembed?url=${encodeURIComponent(`${baseURL}/records/nope`)}`)).status(),
    ).toBe(404);
    expect((await request.get(`/api/v1/oembed?url=${encodeURIComponent(url)}&format=xml`)).status()).toBe(
      501,
    );
    const bad = await request.get('/api/v1/oembed?maxwidth=big');
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toMatch(/url/);

    // Pages announce it.
    await page.goto('/?v=1&country=VNM');
    const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(link).toHaveAttribute('href', /\/api\/v1\/oembed\?url=.*country%3DVNM.*&format=json$/);
  });
});

test.describe('the printable report', () => {
  test('shows the filters in words, every chart, the records and sources, and prints only the report', async ({
    page,
  }) => {
    await page.goto('/?v=1&country=VNM');
    await page.getByRole('link', { name: 'Printable report' }).click();
    await expect(page).toHaveURL(/\/report\?v=1&country=VNM$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cooperation on migration: report');
    await expect(page.getByTestId('report-filters')).toHaveText('Country: Viet Nam');
    for (const chart of ['timeline', 'map', 'network'])
      await expect(
        page.locator(`.report__chart[data-chart="${chart}"] svg [data-part="footer"]`),
      ).toContainText('CC BY 4.0');
    await expect(page.locator('.report__table tbody tr')).toHaveCount(7);
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    await expectAccessible(page, 'the report');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.locator('.report__chart').first()).toHaveCSS('break-inside', 'avoid');
  });

  test('in French under /fr/report', async ({ page }) => {
    await page.goto('/fr/report?v=1&kind=vote');
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
    await expect(page.getByTestId('report-filters')).toHaveText('Type de fiche : Vote');
  });
});

test.describe('hostile text', () => {
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

  test('stays text in embeds, images and the report', async ({ page, request, baseURL }) => {
    const q = `q=${encodeURIComponent(evil)}`;
    await page.goto(`${baseURL}/embed/timeline?${q}`);
    await expect(page.getByRole('button', { name: /Remove filter: Search text/ })).toContainText('<script>');
    await page.goto(`/report?${q}`);
    await expect(page.getByTestId('report-filters')).toContainText('<img src=x');
    expect(await page.locator('.report img, .report script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const svg = await parseSvg(page, await (await get(request, `/api/v1/charts/network.svg?${q}`)).text());
    expect(svg.errors).toBe(0);
    expect(svg.scripts).toBe(0);
    expect(svg.filters).toContain('<script>');
  });
});
