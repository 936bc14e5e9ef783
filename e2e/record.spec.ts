import { expect, expectAccessible, test } from './fixtures';

test.describe('record page', () => {
  test('shows the founding record with its participants, people, commitments and source', async ({
    page,
  }) => {
    await page.goto('/records/vna-2023-11-viet-nam-iom-geneva');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Viet Nam and IOM working meeting in Geneva on implementing the Global Compact for Migration',
    );
    await expect(page.getByText('Reported on 20 November 2023')).toBeVisible();
    await expect(page.getByText('Geneva, Switzerland')).toBeVisible();
    const participants = page.getByRole('region', { name: 'Participants' });
    for (const name of [
      'Viet Nam',
      'International Organization for Migration (IOM)',
      'United Nations (UN)',
      'World Trade Organization (WTO)',
      'Association of Southeast Asian Nations (ASEAN)',
      'Asia-Europe Meeting (ASEM)',
      'Asia-Pacific Economic Cooperation (APEC)',
    ])
      await expect(participants.getByRole('link', { name })).toBeVisible();
    const people = page.getByRole('region', { name: 'People named' });
    await expect(people).toContainText(
      'Lê Thị Tuyết Mai, Ambassador, Head of the Permanent Mission of Viet Nam',
    );
    await expect(people).toContainText('Amy Pope, Director General of IOM');
    await expect(page.getByRole('link', { name: '6. Recruitment and decent work' })).toBeVisible();
    await expect(page.getByRole('link', { name: '15. Access to basic services' })).toBeVisible();
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources).toContainText('Vietnam News Agency (VNA)');
    await expect(sources).toContainText('French');
    await expect(sources.locator('blockquote[lang="fr"]')).toContainText(
      'Pacte mondial pour des migrations sûres, ordonnées et régulières',
    );
    await expect(page.getByRole('complementary', { name: 'About this record’s data' })).toContainText(
      'recent working session',
    );
    await expectAccessible(page, 'the record page');
  });

  test('links participants, topics and objectives back to the filtered overview', async ({ page }) => {
    await page.goto('/records/vna-2023-11-viet-nam-iom-geneva');
    await page.getByRole('link', { name: 'Health and access to services' }).click();
    await expect(page).toHaveURL(/\/\?v=1&topic=health$/);
    await expect(page.getByRole('heading', { name: '1 record' })).toBeVisible();
  });

  test('lists the votes of the GCM endorsement by position', async ({ page }) => {
    await page.goto('/records/unga-2018-12-19-a-res-73-195');
    await expect(page.getByText('Yes (152)')).toBeVisible();
    await expect(page.getByText('No (5)')).toBeVisible();
    await expect(page.getByText('Abstained (12)')).toBeVisible();
  });

  test.describe('not found', () => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test('answers an unknown record with a not-found page', async ({ page }) => {
      const res = await page.goto('/records/no-such-record');
      expect(res?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    });
  });
});
