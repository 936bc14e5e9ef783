// The interface font: while Inter loads, the text is drawn in a stand-in with Inter's metrics, so the
// page does not move when Inter arrives (Lighthouse counted a layout shift of 0.048 on a phone-sized /
// where the stand-in was the system's wider sans).
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });

test('the dashboard does not shift when its font arrives late', async ({ page }) => {
  // Inter arrives a second after the page has painted in the stand-in.
  await page.route('**/*.woff2', async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      // As CLS counts them: not those right after an input.
      for (const e of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >)
        if (!e.hadRecentInput) w.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Inter has been used by the end (the stand-in was only a stand-in).
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.status === 'loaded')), {
      timeout: 5000,
    })
    .toBe(true);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.005);
});

test('the stand-in keeps the metric adjustments next/font made for Inter', async ({ request }) => {
  // The stand-in's overrides are written out in app/globals.css; next/font computes its own for
  // Arial from the font file. They must agree, or the stand-in no longer fits Inter.
  const html = await (await request.get('/')).text();
  const css = (
    await Promise.all(
      [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(async (m) =>
        (await request.get(m[1]!)).text(),
      ),
    )
  ).join('\n');
  const overrides = (family: RegExp) => {
    const face = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!).find((f) => family.test(f));
    expect(face, `@font-face for ${family}`).toBeTruthy();
    return ['ascent-override', 'descent-override', 'line-gap-override', 'size-adjust'].map((p) =>
      Number.parseFloat(new RegExp(`${p}:\\s*([\\d.]+)%`).exec(face!)?.[1] ?? 'NaN'),
    );
  };
  const ours = overrides(/font-family:\s*["']?Inter Fallback["']?;/);
  const nexts = overrides(
    /font-family:\s*["']?[\w ]*interLatin[\w ]* Fallback["']?;[\s\S]*local\(["']?Arial/,
  );
  expect(ours.every(Number.isFinite)).toBe(true);
  expect(ours).toEqual(nexts);
});
