import { expect, expectAccessible, test } from './fixtures';

test.describe('languages', () => {
  test('the French interface translates the page and the data labels', async ({ page }) => {
    await page.goto('/fr?v=1&country=VNM');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('La coopération sur les migrations');
    await expect(page.getByRole('heading', { name: '7 fiches' })).toBeVisible();
    await expect(page.getByText('28 juillet 1995')).toBeVisible();
    await expectAccessible(page, 'the French overview');
    await page.getByRole('link', { name: /Viet Nam and IOM working meeting/ }).click();
    await expect(page).toHaveURL(/\/fr\/records\//);
    await expect(page.getByText('Genève, Suisse')).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Organisation internationale pour les migrations (OIM)' }),
    ).toBeVisible();
  });

  test('the language switcher keeps the current view', async ({ page }) => {
    await page.goto('/?v=1&kind=vote');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\?v=1&kind=vote$/);
    await expect(page.getByRole('heading', { name: '1 fiche' })).toBeVisible();
    // The choice is remembered: the unprefixed address now opens in French.
    await page.goto('/');
    await expect(page).toHaveURL(/\/fr$/);
  });

  test('a first visit follows the browser’s language', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'fr-FR',
      extraHTTPHeaders: { 'accept-language': 'fr-FR,fr;q=0.9' },
    });
    const page = await context.newPage();
    await page.goto('/?v=1&kind=vote');
    await expect(page).toHaveURL(/\/fr\?v=1&kind=vote$/);
    await context.close();
  });
});
