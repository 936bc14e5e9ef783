import { randomBytes, randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

// The staff flow end to end: sign in, create a record in the editor, find it on the dashboard and in
// its history, edit it, and revert the edit. The admin is created with `npm run user:create`'s code
// and removed afterwards, with everything it created.
const run = randomUUID().slice(0, 8);
const email = `e2e-${run}@test.invalid`;
const password = randomBytes(15).toString('base64url');
const word = `zephyrine${run.replace(/[^a-z]/g, '')}`;
const title = `E2E meeting ${word}`;

function support(fn: string, ...args: string[]) {
  const code = `import * as s from './e2e/support/staff-db.ts'; await s.${fn}(...${JSON.stringify(args)});`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: path.resolve(path.dirname(new URL(import.meta.url).pathname), '..'),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${fn} failed: ${r.stdout}${r.stderr}`);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => support('createUser', email, 'admin', password));
test.afterAll(() => support('cleanup', email, `2024-05-14-e2e-meeting-${word}`));

async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
}

test('readers see no staff controls', async ({ page }) => {
  await page.goto('/records/vna-2023-11-viet-nam-iom-geneva');
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'History' })).toHaveCount(0);
});

test('sign in, create a record, see it on the dashboard and in its history, edit it, revert the edit', async ({
  page,
}) => {
  // A whole editing journey with four accessibility scans: 26 s here on a quiet machine, 30–31 s in CI on
  // a slow day, where the default 30 s cut it off mid-way on PostgreSQL. (Its steps keep their own limits.)
  test.setTimeout(90_000);
  await signIn(page);
  await expectAccessible(page, 'the overview, signed in');

  await page.getByRole('link', { name: 'New record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New record' })).toBeVisible();
  // An empty save lists the problems and moves focus to the list.
  await page.getByRole('button', { name: 'Save record' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'problems to fix before saving' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /^Title: / })).toBeVisible();
  await expectAccessible(page, 'the editor with errors');

  await page.getByLabel('Title', { exact: true }).first().fill(title);
  await page.getByLabel('Summary').fill('Officials met to review labour migration cooperation.');
  await page.getByLabel('Date', { exact: true }).fill('2024-05-14');
  await page.getByRole('combobox', { name: 'Actor 1' }).fill('OIM');
  await page.getByRole('option', { name: /International Organization for Migration/ }).click();
  await page.getByRole('button', { name: 'Add a participant' }).click();
  await page.getByRole('combobox', { name: 'Actor 2' }).fill('Viet');
  await page.getByRole('option', { name: /^Viet Nam/ }).click();
  await page.getByLabel('Publisher').fill('E2E Press');
  await page.getByLabel('Title', { exact: true }).nth(1).fill('Cooperation reviewed');
  await page.getByLabel('Web address').fill('https://example.org/e2e');
  await page.getByLabel('Licence or terms').fill('Quoted excerpt');
  await page.getByLabel('Excerpt the record rests on').fill('The two sides reviewed their cooperation.');
  await page.getByRole('button', { name: 'Save record' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText(`Created · ${email} · the editor`);

  await page.goto(`/?q=${word}`);
  await expect(page.getByRole('heading', { name: '1 record' })).toBeVisible();
  await page.getByRole('link', { name: title }).click();

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit record' })).toBeVisible();
  await expectAccessible(page, 'the edit page');
  await page.getByLabel('Title', { exact: true }).first().fill(`${title} (edited)`);
  await page.getByRole('button', { name: 'Save record' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (edited)`);
  await expect(history).toContainText('Edited');
  await expect(history).toContainText(`${title} (edited)`);
  await expectAccessible(page, 'the record page with its history');

  page.once('dialog', (d) => void d.accept());
  await history.getByRole('button', { name: /^Revert/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(history).toContainText('Reverted');
});

test('the import and admin pages are accessible, and the import checks a file before writing', async ({
  page,
}) => {
  await signIn(page);
  for (const [path, heading] of [
    ['/admin/users', 'Users'],
    ['/admin/tokens', 'API tokens'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, path);
  }
  await page.goto('/import');
  await page.getByLabel('File (CSV, JSON or JSON Lines, up to 50 MB)').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('id,kind,colour\nx,meeting,blue\n'),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('cell', { name: 'Unknown column "colour".' })).toBeVisible();
  await expect(page.getByText('Nothing was written.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expectAccessible(page, 'the import page with a report');
});
