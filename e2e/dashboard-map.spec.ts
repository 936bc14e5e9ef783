import { expect, expectAccessible, test } from './fixtures';

test.describe('map on the dashboard', () => {
  test('highlights the filtered country, and a click on another adds it to the filter', async ({ page }) => {
    await page.goto('/?v=1&country=VNM');
    const map = page.locator('[data-chart="map"]');
    await expect(map).toHaveAttribute('data-state', 'ready');
    await expect(map.locator('[data-iso3="VNM"]').first()).toBeAttached();
    await expect(map.getByText(/most with Viet Nam \(7\)/)).toBeVisible();
    await map.locator('path[data-iso3="THA"]').first().dispatchEvent('click');
    await expect(page).toHaveURL(/country=THA%2CVNM|country=THA,VNM/);
    await expect(page.getByRole('button', { name: 'Remove filter: Country: Thailand' })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\?v=1&country=VNM$/);
  });

  test('shows the GCM vote by state with its own legend and source, as a view kept in the URL', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'GCM vote' }).click();
    await expect(page).toHaveURL(/map=stance/);
    const map = page.locator('[data-chart="map"]');
    await expect(
      map.getByText('152 voted yes, 5 no, 12 abstained; 24 UN member states have no recorded vote.'),
    ).toBeVisible();
    await expectAccessible(page, 'the map in vote mode');
  });

  test('outlines the members of a selected bloc', async ({ page }) => {
    await page.goto('/?v=1&bloc=asean');
    const map = page.locator('[data-chart="map"]');
    await expect(map).toHaveAttribute('data-state', 'ready');
    await expect(map.getByText('Member of the selected group')).toBeVisible();
  });
});
