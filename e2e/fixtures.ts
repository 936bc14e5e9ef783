// Shared test fixture: every page's console errors and uncaught exceptions fail the test, and
// `expectAccessible` runs axe and fails on serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: RegExp[] }>({
  // Navigations wait until React has hydrated the page, so a click never lands on inert server HTML.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached', timeout: 15_000 });
      return response;
    };
    await use(page);
  },
  // Console errors a test expects (e.g. the browser logging the 404 status of a not-found page).
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(msg.text())))
          errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(`Uncaught: ${err.message}`));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectAccessible(page: Page, context?: string) {
  // After a client-side navigation (a saved form redirecting, a link) Next.js applies the new page's
  // <title> when its metadata arrives, a moment after the content: wait for it rather than scan the
  // page in between. A page with no title at all still fails here, with this message.
  await expect(page, `a <title>${context ? ` on ${context}` : ''}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    ),
    `axe violations${context ? ` on ${context}` : ''}`,
  ).toEqual([]);
}
