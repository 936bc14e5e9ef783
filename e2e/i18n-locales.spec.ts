// Every locale end to end: the overview and a country profile show no English interface text (data
// labels the sources give only in English are allowed when marked with lang="en"), pass axe, and keep
// the filters when the language changes; Arabic is right to left with left-to-right charts; embeds,
// images and downloads follow `lang=`.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { englishOnlyStrings } from './support/messages';

const SHOTS = process.env.I18N_SHOTS_DIR;

/** Interface text of the page: text nodes and the attributes people meet (labels, tooltips, placeholders),
 * leaving out what is marked as being in another language than `pageLang`. */
async function pageTexts(page: Page, pageLang: string): Promise<string[]> {
  return page.evaluate((lang) => {
    const out: string[] = [];
    const foreign = (el: Element | null) => {
      const l = el?.closest('[lang]')?.getAttribute('lang');
      return !!l && l !== lang;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName) || foreign(el)) continue;
      const t = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
    }
    for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
      if (foreign(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(v);
      }
    }
    out.push(document.title);
    return out;
  }, pageLang);
}

async function untranslated(page: Page, locale: string, pageLang = locale) {
  const english = englishOnlyStrings(locale);
  const texts = await pageTexts(page, pageLang);
  return [...new Set(texts.filter((t) => english.has(t)).map((t) => `${english.get(t)}: “${t}”`))];
}

async function chartsReady(page: Page) {
  for (const chart of ['timeline', 'map'])
    await expect(page.locator(`[data-chart="${chart}"]`).first()).toHaveAttribute('data-state', 'ready');
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const LOCALE_PAGES = [
  { locale: 'fr', heading: 'La coopération sur les migrations', records: '7 fiches' },
  { locale: 'es', heading: 'La cooperación sobre migración', records: '7 registros' },
  { locale: 'ar', heading: 'التعاون في مجال الهجرة', records: '7 سجلات' },
];

test.describe('every locale', () => {
  test('the check finds English interface text when there is some', async ({ page }) => {
    // The English overview read as if it were Arabic: the check must report it, or it proves nothing.
    await page.goto('/?v=1&country=VNM');
    await chartsReady(page);
    expect((await untranslated(page, 'ar', 'en')).length).toBeGreaterThan(20);
  });

  for (const { locale, heading, records } of LOCALE_PAGES) {
    test(`${locale}: the overview and a country profile are in ${locale}, with no English interface text`, async ({
      page,
    }) => {
      await page.goto(`/${locale}?v=1&country=VNM`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('heading', { name: records })).toBeVisible();
      await chartsReady(page);
      // The network loads when the reader scrolls near it.
      const network = page.locator('[data-chart="network"]').first();
      await network.scrollIntoViewIfNeeded();
      await expect(network).toHaveAttribute('data-state', 'ready');
      await expect(network).not.toHaveAttribute('aria-busy', 'true');
      expect(await untranslated(page, locale), 'English interface text on the overview').toEqual([]);
      await expectAccessible(page, `the ${locale} overview`);
      await shot(page, `${locale}-overview`);

      await page.goto(`/${locale}/countries/VNM`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await chartsReady(page);
      expect(await untranslated(page, locale), 'English interface text on a profile').toEqual([]);
      await expectAccessible(page, `a ${locale} country profile`);
      await shot(page, `${locale}-profile`);
    });
  }

  test('labels the sources give only in English are marked as English, not passed off', async ({ page }) => {
    await page.goto('/ar?v=1&country=VNM');
    const breakdown = page.getByRole('region', { name: 'المواضيع وأهداف الاتفاق العالمي' });
    // Topic names have no Arabic version yet: shown in English, in lang="en", with a visible marker.
    const label = breakdown.locator('bdi[lang="en"]', { hasText: 'Labour migration and workers’ rights' });
    await expect(label).toBeVisible();
    await expect(breakdown.locator('.untranslated').first()).toHaveText('(بالإنجليزية)');
    // Spanish has the UN Network's own labels: no marker.
    await page.goto('/es?v=1&country=VNM');
    await expect(page.getByRole('button', { name: /^2\. Minimizar factores adversos/ })).toBeVisible();
    await expect(page.locator('.breakdown .untranslated')).toHaveCount(0);
  });
});

test.describe('Arabic, right to left', () => {
  test('the page mirrors, the charts keep time running left to right', async ({ page }) => {
    await page.goto('/ar?v=1&country=VNM');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await chartsReady(page);
    // The filter panel sits on the right of the charts.
    const panel = await page.locator('.filter-panel').boundingBox();
    const timeline = await page.locator('[data-chart="timeline"]').first().boundingBox();
    expect(panel!.x).toBeGreaterThan(timeline!.x);
    // Year labels along the axis: later years further right.
    const years = await page
      .locator('[data-chart="timeline"] .timeline__axes text')
      .evaluateAll((els) =>
        els
          .map((e) => ({ year: Number(e.textContent), x: e.getBoundingClientRect().x }))
          .filter((y) => y.year > 1900),
      );
    expect(years.length).toBeGreaterThan(3);
    const byX = [...years].sort((a, b) => a.x - b.x).map((y) => y.year);
    expect(byX).toEqual([...byX].sort((a, b) => a - b));
    // Counts in Latin digits; month names in Arabic.
    await expect(page.getByRole('heading', { name: '7 سجلات' })).toBeVisible();
    await expect(page.getByText('20 نوفمبر 2023')).toBeVisible();
    // The map draws every state, named in Arabic.
    const map = page.locator('[data-chart="map"]').first();
    expect(await map.locator('svg path[data-iso3]').count()).toBeGreaterThan(150);
    await expect(map.locator('svg path[data-iso3="VNM"]')).toHaveAttribute('aria-label', /^فييت نام: /);
    await shot(page, 'ar-rtl');
  });

  test('the Arabic font is fetched for the Arabic pages only, not for the switcher’s one Arabic word', async ({
    page,
  }) => {
    const fonts: string[] = [];
    page.on('requestfinished', (r) => {
      if (r.resourceType() === 'font') fonts.push(r.url());
    });
    const arabicFont = (urls: string[]) => urls.filter((u) => /noto-sans-arabic/.test(u));
    await page.goto('/?v=1');
    await chartsReady(page);
    await expect(page.getByRole('link', { name: 'العربية' })).toBeVisible();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(fonts.some((u) => /inter/.test(u))).toBe(true);
    expect(arabicFont(fonts)).toEqual([]);
    // The Arabic page draws its text in the shipped font.
    await page.goto('/ar?v=1');
    await chartsReady(page);
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic Variable"', 'سجلات')))
      .toBe(true);
    await expect.poll(() => arabicFont(fonts).length).toBe(1);
  });

  test('a first visit with an Arabic browser opens the Arabic pages', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'ar-EG',
      extraHTTPHeaders: { 'accept-language': 'ar-EG,ar;q=0.9' },
    });
    const page = await context.newPage();
    await page.goto('/?v=1&kind=vote');
    await expect(page).toHaveURL(/\/ar\?v=1&kind=vote$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await context.close();
  });
});

test.describe('changing language', () => {
  test('keeps the page and its filters, in every direction', async ({ page }) => {
    await page.goto('/ar?v=1&kind=vote');
    const switcher = page.getByRole('navigation', { name: 'اللغة' });
    await switcher.getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(/\/es\?v=1&kind=vote$/);
    await expect(page.getByRole('heading', { name: '1 registro' })).toBeVisible();
    await page.goto('/es/countries/VNM?v=1&kind=membership');
    await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'العربية' }).click();
    await expect(page).toHaveURL(/\/ar\/countries\/VNM\?v=1&kind=membership$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/countries\/VNM\?v=1&kind=membership$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('embeds, images and downloads in each language', () => {
  for (const { lang, heading, dir } of [
    { lang: 'fr', heading: 'Fiches dans le temps', dir: 'ltr' },
    { lang: 'es', heading: 'Registros a lo largo del tiempo', dir: 'ltr' },
    { lang: 'ar', heading: 'السجلات عبر الزمن', dir: 'rtl' },
  ]) {
    test(`an embed with lang=${lang} is in that language`, async ({ page }) => {
      await page.goto(`/embed/timeline?v=1&country=VNM&lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      await expect(page.locator('[data-chart="timeline"]').first()).toHaveAttribute('data-state', 'ready');
      expect(await untranslated(page, lang)).toEqual([]);
      await expectAccessible(page, `an embed in ${lang}`);
    });
  }

  test('chart images and data downloads follow lang=', async ({ request }) => {
    const svg = await (await request.get('/api/v1/charts/timeline.svg?country=VNM&lang=ar')).text();
    expect(svg).toContain('السجلات عبر الزمن');
    // Arabic text gets the Arabic font embedded, right-aligned blocks and right-to-left isolates.
    expect(svg).toContain("font-family:'Atlas Noto Sans Arabic'");
    expect(svg).toMatch(/text-anchor="end"[^>]*data-part="title"|data-part="title"[^>]*text-anchor="end"/);
    expect(svg).toContain('\u2067');
    const png = await request.get('/api/v1/charts/map.png?country=VNM&lang=es');
    expect(png.headers()['content-type']).toBe('image/png');
    const csv = await (await request.get('/api/v1/records.csv?country=VNM&lang=es')).text();
    expect(csv).toContain('# Filtros: País: Viet Nam');
    expect(csv).toMatch(/Ginebra,CHE/);
    const json = await (await request.get('/api/v1/records.json?country=VNM&lang=ar')).json();
    expect(json.meta.title).toBe('Compact Atlas: سجلات التعاون في مجال الهجرة');
    const founding = json.items.find((r: { id: string }) => r.id === 'vna-2023-11-viet-nam-iom-geneva');
    expect(founding.place.name).toBe('جنيف');
    expect((await request.get('/api/v1/records?lang=de')).status()).toBe(400);
  });
});
