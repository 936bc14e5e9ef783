import { expect, expectAccessible, test } from './fixtures';

test.describe('profiles', () => {
  test('a country profile shows its GCM vote, champion status and memberships with dates and sources', async ({
    page,
  }) => {
    await page.goto('/countries/VNM');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viet Nam');
    await expect(page.getByText('Voted Yes on 19 December 2018.')).toBeVisible();
    await expect(page.getByText('Not in the list of champions found.')).toBeVisible();
    await expect(page.getByText(/The list is partial/)).toBeVisible();
    const memberships = page.getByRole('table', { name: 'Memberships' });
    await expect(memberships.getByRole('row', { name: /ASEAN.*Member.*28 July 1995/ })).toBeVisible();
    await expect(memberships.getByRole('row', { name: /IOM.*Observer.*1990 – 2007/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: '7 records' })).toBeVisible();
    await expectAccessible(page, 'a country profile');
  });

  test("a country profile's network centres on the country, asked for when the reader gets to it", async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/network')) asked.push(r.url());
    });
    await page.goto('/countries/VNM');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viet Nam');
    // Not in the page's first load: thousands of ties for a busy state.
    expect(await page.content()).not.toContain('"edgeMeasure"');
    const net = page.locator('[data-chart="network"]');
    await net.scrollIntoViewIfNeeded();
    await expect(net).toHaveAttribute('data-state', 'ready');
    expect(asked.some((u) => /country=VNM/.test(u) && /focus=VNM/.test(u))).toBe(true);
    await expect(net.locator('.chart__summary')).toContainText(/Viet Nam and its \d+ direct partners/);
  });

  test('a champion and a non-voter are told apart from a yes vote', async ({ page }) => {
    await page.goto('/countries/MAR');
    await expect(page.getByText('Listed as a GCM Champion country.')).toBeVisible();
    await page.goto('/countries/TWN');
    await expect(page.getByText('No vote: only UN member states voted on the resolution.')).toBeVisible();
    await page.goto('/countries/USA');
    await expect(page.getByText('Voted No on 19 December 2018.')).toBeVisible();
  });

  test('filters narrow a profile, and the page’s own filter cannot be replaced from the address', async ({
    page,
  }) => {
    await page.goto('/countries/VNM?v=1&country=FRA&kind=membership');
    await expect(page.getByTestId('url-notice')).toContainText('country: “FRA” was left out');
    await expect(page.getByRole('heading', { name: '5 records' })).toBeVisible();
    await expect(page).toHaveURL(/\/countries\/VNM\?v=1&kind=membership$/);
    await expect(page.getByRole('combobox', { name: 'Country' })).toHaveCount(0);
  });

  test('an organisation profile lists members with dates and member counts with their sources', async ({
    page,
  }) => {
    await page.goto('/organisations/iom');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'International Organization for Migration (IOM)',
    );
    await expect(
      page.getByRole('table', { name: 'Members and partners' }).getByRole('row', { name: /Ethiopia.*2011/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Member states over time' }).getByRole('row', { name: /2023.*175/ }),
    ).toBeVisible();
    await expectAccessible(page, 'an organisation profile');
  });

  test('an objective profile shows its title, the topics that serve it and its records', async ({ page }) => {
    await page.goto('/commitments/gcm/6');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
    );
    await expect(page.getByRole('link', { name: 'Labour migration and workers’ rights' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '1 record' })).toBeVisible();
    await expectAccessible(page, 'an objective profile');
    await page.goto('/fr/commitments/gcm/6');
    await expect(page.getByText(/Le titre officiel en français n’a pas été trouvé/)).toBeVisible();
  });

  test.describe('unknown profiles', () => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test('answer 404', async ({ page }) => {
      for (const path of [
        '/countries/XXX',
        '/organisations/nope',
        '/commitments/gcm/24',
        '/organisations/VNM',
      ]) {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(404);
      }
    });
  });
});
