import { expect, expectAccessible, test } from './fixtures';

test.describe('timeline on the dashboard', () => {
  test('shows records over time for the filter, including the ASEAN accession and the GCM vote', async ({
    page,
  }) => {
    await page.goto('/?v=1&country=VNM');
    const chart = page.locator('[data-chart="timeline"]');
    await expect(chart).toHaveAttribute('data-state', 'ready');
    await expect(chart.getByText('7 records from 1990 to 2023')).toBeVisible();
    await expect(chart.getByRole('button', { name: /^1995: 1 record \(Membership 1\)/ })).toBeAttached();
    await expect(chart.getByRole('button', { name: /^2018: 1 record \(Vote 1\)/ })).toBeAttached();
    await expectAccessible(page, 'the dashboard with its timeline');
  });

  test('choosing a period with the keyboard sets the date range in the URL; Back undoes it', async ({
    page,
  }) => {
    await page.goto('/?v=1&country=VNM');
    const columns = page.locator('[data-chart="timeline"]').getByRole('button', { name: /^2018: 1 record/ });
    await columns.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/from=2018&to=2018/);
    await expect(page.getByRole('heading', { name: '1 record' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove filter: From: 2018' })).toBeVisible();
    // The end slider moves one period per key and applies on release.
    const end = page.getByRole('slider', { name: 'End of the period' });
    await end.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/from=2018&to=2019/);
    await page.goBack();
    await expect(page).toHaveURL(/from=2018&to=2018/);
    await page.goBack();
    await expect(page).not.toHaveURL(/from=/);
  });

  test('stacking by topic is a view setting kept in the URL', async ({ page }) => {
    await page.goto('/?v=1&country=VNM');
    await page.getByRole('button', { name: 'By topic' }).click();
    await expect(page).toHaveURL(/stack=topic/);
    await expect(page.getByRole('button', { name: 'By topic' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.getByRole('button', { name: 'By topic' })).toHaveAttribute('aria-pressed', 'true');
  });
});
