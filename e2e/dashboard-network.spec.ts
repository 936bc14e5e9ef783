import { expect, expectAccessible, test } from './fixtures';

test.describe('network on the dashboard', () => {
  test('with country=VNM, IOM, ASEAN, ASEM and APEC are among Viet Nam’s neighbours', async ({ page }) => {
    await page.goto('/?v=1&country=VNM&focus=VNM');
    const net = page.locator('[data-chart="network"]');
    await expect(net).toHaveAttribute('data-state', 'ready');
    for (const id of ['VNM', 'iom', 'asean', 'asem', 'apec'])
      await expect(net.locator(`[data-actor="${id}"]`)).toBeAttached();
    await expect(net.locator('.chart__summary')).toContainText(/Viet Nam and its \d+ direct partners/);
  });

  test('clicking a node focuses its neighbourhood and filters to that actor; Back restores the view', async ({
    page,
  }) => {
    await page.goto('/?v=1&country=VNM');
    const net = page.locator('[data-chart="network"]');
    // Without a focus in the address the network is not part of the first load: it is asked for
    // when the reader scrolls to it.
    await net.scrollIntoViewIfNeeded();
    await expect(net).toHaveAttribute('data-state', 'ready');
    await net.locator('[data-actor="iom"]').dispatchEvent('click');
    await expect(page).toHaveURL(/actor=iom/);
    await expect(page).toHaveURL(/focus=iom/);
    await expect(
      page.getByRole('button', { name: /Remove filter: Organisation or forum: IOM/ }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: '3 records' })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\?v=1&country=VNM$/);
    await expect(page.getByRole('heading', { name: '7 records' })).toBeVisible();
  });

  test('reach and tie measure are view settings in the URL', async ({ page }) => {
    await page.goto('/?v=1&country=VNM&focus=VNM');
    await page.getByRole('button', { name: '2 steps' }).click();
    await expect(page).toHaveURL(/depth=2/);
    await page.getByRole('button', { name: 'Common memberships' }).click();
    await expect(page).toHaveURL(/edges=memberships/);
    await expect(page.locator('[data-chart="network"]')).toHaveAttribute('data-state', 'ready');
    await expectAccessible(page, 'the network in ego view');
  });
});
