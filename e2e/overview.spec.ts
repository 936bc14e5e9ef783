import { expect, expectAccessible, test } from './fixtures';

const FOUNDING_TITLE =
  'Viet Nam and IOM working meeting in Geneva on implementing the Global Compact for Migration';

test.describe('overview', () => {
  test('shows the product, what the data holds and the records, with no accessibility violations', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Compact Atlas home' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cooperation on migration');
    const summary = page.getByTestId('summary');
    await expect(summary).toContainText(/\d+ records/);
    await expect(summary).toContainText('5 of 23 GCM objectives');
    await expect(page.locator('[data-chart="table"][data-state="ready"]')).toBeVisible();
    await expect(page.getByRole('link', { name: FOUNDING_TITLE })).toBeVisible();
    for (const name of ['Country', 'Members of', 'Organisation or forum', 'Topic', 'GCM objective'])
      await expect(page.getByRole('combobox', { name })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Kind of record' })).toBeVisible();
    for (const label of ['From', 'To', 'Search text'])
      await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    await expectAccessible(page, 'the overview');
  });

  test('filters by country through the URL, and Back undoes it', async ({ page }) => {
    await page.goto('/');
    const total = await page.getByRole('heading', { name: /\d+ records/ }).textContent();
    await page.getByRole('combobox', { name: 'Country' }).fill('viet');
    await page.getByRole('option', { name: 'Viet Nam' }).click();
    await expect(page).toHaveURL(/[?&]country=VNM/);
    await expect(page.getByRole('button', { name: 'Remove filter: Country: Viet Nam' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '7 records' })).toBeVisible();
    await expect(page.getByRole('link', { name: FOUNDING_TITLE })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Viet Nam joins ASEAN' })).toBeVisible();
    await page.goBack();
    await expect(page).not.toHaveURL(/country=/);
    await expect(page.getByRole('heading', { name: /\d+ records/ })).toHaveText(total!);
  });

  test('a pasted link restores the same view, and chips remove one filter at a time', async ({ page }) => {
    await page.goto('/?v=1&country=VNM&kind=membership');
    await expect(page.getByRole('heading', { name: '5 records' })).toBeVisible();
    await page.getByRole('button', { name: 'Remove filter: Kind of record: Membership' }).click();
    await expect(page).toHaveURL(/\?v=1&country=VNM$/);
    await expect(page.getByRole('heading', { name: '7 records' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(page.getByText('No filters: showing every record.')).toBeVisible();
  });

  test('finds text without accents and applies dates from the form', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search text' }).fill('Geneve');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/q=Geneve/);
    await expect(page.getByRole('link', { name: FOUNDING_TITLE })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search text' }).fill('');
    await page.getByLabel('From', { exact: true }).fill('2018-12');
    await page.getByLabel('To', { exact: true }).fill('2018-12');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/from=2018-12&to=2018-12/);
    await expect(page.getByRole('heading', { name: '2 records' })).toBeVisible();
  });

  test('refuses an unreadable date in the form with a message, changing nothing', async ({ page }) => {
    await page.goto('/?v=1&kind=vote');
    await page.getByLabel('From', { exact: true }).fill('2018-02-30');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(
      page.getByText('Write a year (2018), a month (2018-12) or a day (2018-12-19).'),
    ).toBeVisible();
    await expect(page.getByLabel('From', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\?v=1&kind=vote$/);
  });

  test('drops malformed parts of a link with a visible notice instead of an error page', async ({ page }) => {
    await page.goto('/?country=VNM,XXX&from=2018-02-30&objective=99&colour=red');
    const notice = page.getByTestId('url-notice');
    await expect(notice).toContainText('Part of this link was not understood');
    await expect(notice).toContainText('country: “XXX” is not a known value');
    await expect(notice).toContainText('from: “2018-02-30” is not a date we can read');
    await expect(notice).toContainText('objective: “99” is not a known value');
    await expect(notice).toContainText('unknown setting “colour”');
    await expect(page).toHaveURL(/\?v=1&country=VNM$/);
    await expect(page.getByRole('heading', { name: '7 records' })).toBeVisible();
  });

  test('pages through records and sorts them', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
    await page.getByRole('button', { name: /^Date/ }).click();
    await expect(page).toHaveURL(/sort=date/);
    await expect(page.locator('tbody tr').first()).toContainText('1967');
  });

  test('the table names a record’s first four participants and counts the rest', async ({
    page,
    request,
  }) => {
    const vote = (await (await request.get('/api/v1/records?q=A/RES/73/195&pageSize=1')).json()).items[0];
    await page.goto('/?q=A/RES/73/195');
    const row = page.locator('tbody tr', { has: page.getByRole('link', { name: vote.title }) });
    await expect(row.locator('.inline-list li')).toHaveCount(5);
    await expect(row.locator('.inline-list li').last()).toHaveText(`+${vote.participants.length - 4} more`);
  });

  test('keeps working with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    // Browse a pick-list with the arrows: nothing is applied until Enter.
    const country = page.getByRole('combobox', { name: 'Country' });
    await country.focus();
    await page.keyboard.type('franc');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page).not.toHaveURL(/country=/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/country=FRA/);
    await expect(country).toBeFocused();
    await expect(country).toHaveValue('');
    // Tick boxes toggle with the space bar.
    await page.getByRole('checkbox', { name: 'Vote' }).focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/kind=vote/);
    // A chip is removed with Enter.
    await page.getByRole('button', { name: 'Remove filter: Kind of record: Vote' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/kind=vote/);
    await expect(page).toHaveURL(/country=FRA/);
  });

  test('has an icon wherever the browser looks for one, /favicon.ico included', async ({ page, request }) => {
    await page.goto('/');
    const icons = await page
      .locator('link[rel="icon"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLLinkElement).href));
    expect(icons.length).toBeGreaterThanOrEqual(2);
    for (const href of [...icons, '/favicon.ico']) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type'], href).toMatch(/^image\//);
    }
  });
});
