import { expect, test } from '@playwright/test';

// Before React has hydrated the page (a slow phone, a script that failed to load), the sign-in form
// must not fall back to the browser's default submission: a GET that would put the password in the
// address bar, the history and the server's logs. Without JavaScript the page stays in that state.
test.describe('the sign-in form before it is interactive', () => {
  test.use({ javaScriptEnabled: false });

  test('sends nothing, and never a password in the address', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/sign-in');
    const submit = page.getByRole('button', { name: 'Sign in' });
    await expect(submit).toBeDisabled();
    await expect(page.locator('form.staff-form')).toHaveAttribute('method', 'post');
    await page.getByLabel('E-mail address').fill('someone@example.org');
    await page.getByLabel('Password').fill('a-secret-password');
    await page.getByLabel('Password').press('Enter');
    await page.waitForLoadState('load');
    await expect(page).toHaveURL(/\/sign-in$/);
    expect(requests.filter((u) => u.includes('a-secret-password'))).toEqual([]);
  });
});
