import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { support } from './support/run-support';

// The article assistant end to end: an editor pastes the founding article, reviews what the assistant
// proposes, continues to the record and saves it; the record is on the dashboard and in its history;
// an admin reverts the editor's later edit. And an article carrying markup stays text.
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const FOUNDING = path.resolve(root, '..', 'shared', 'seed', '000_68e51c5ddcc0b948.txt');
const run = randomUUID().slice(0, 8);
const editor = `e2e-assist-editor-${run}@test.invalid`;
const admin = `e2e-assist-admin-${run}@test.invalid`;
const password = randomBytes(15).toString('base64url');
const word = `quillon${run.replace(/[^a-z]/g, '')}`;
const title = `Viet Nam and IOM meet in Geneva ${word}`;

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  support('createUser', editor, 'editor', password);
  support('createUser', admin, 'admin', password);
});
test.afterAll(() =>
  support('cleanupRecords', `2023-11-20-viet-nam-and-iom-meet-in-geneva-${word}`, editor, admin),
);

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
}

test('an editor drafts a record from the founding article; an admin reverts a later edit', async ({
  page,
}) => {
  test.skip(
    !fs.existsSync(FOUNDING),
    `The founding article is absent (${FOUNDING}); it is never copied into the repository.`,
  );
  test.setTimeout(90_000);
  await signIn(page, editor);
  await page.goto('/records/new');
  await expect(page.getByRole('heading', { level: 2, name: 'From an article' })).toBeVisible();
  await page.getByLabel('Article text').fill(fs.readFileSync(FOUNDING, 'utf8'));
  await page.getByLabel('Article address (URL)').fill(`https://example.org/e2e-assist-${run}`);
  await page.getByLabel('Published by').fill('Vietnam News Agency (VNA)');
  await page.getByLabel('Publication date').fill('2023-11-20');
  await page.getByRole('button', { name: 'Read the article' }).click();

  await expect(page.getByRole('region', { name: 'From an article' }).getByRole('status')).toContainText(
    /The assistant made \d+ suggestions/,
  );
  await expect(page.getByRole('heading', { level: 3, name: 'Suggestions' })).toBeFocused();
  await expect(page.getByText('Read as French (detected).')).toBeVisible();
  const section = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}\\b`) });
  await expect(section('Actors').getByRole('heading', { level: 4 })).toHaveText([
    'Viet Nam',
    'International Organization for Migration (IOM)',
    'United Nations (UN)',
    'World Trade Organization (WTO)',
    'Association of Southeast Asian Nations (ASEAN)',
    'Asia-Europe Meeting (ASEM)',
    'Asia-Pacific Economic Cooperation (APEC)',
  ]);
  await expect(section('Place').getByRole('heading', { level: 4 })).toHaveText(['Geneva']);
  await expect(section('People').getByRole('heading', { level: 4 })).toHaveText([
    'Lê Thi Tuyêt Mai',
    'Amy Pope',
  ]);
  await expect(section('Date').getByRole('heading', { level: 4, name: '2023-11-20' })).toBeVisible();
  await expect(section('Topics')).toContainText('Labour migration');

  // Hovering a suggestion marks the sentence it rests on, and the words, in the article.
  const article = page.getByRole('region', { name: 'The article' });
  await page.getByRole('group', { name: 'Amy Pope' }).hover();
  await expect(article.locator('mark strong').first()).toHaveText('Amy Pope');
  expect(new Set(await article.locator('mark strong').allTextContents())).toEqual(new Set(['Amy Pope']));
  // Keyboard focus does the same: the place rests on the dateline.
  await page.getByRole('button', { name: 'Accept Geneva' }).focus();
  await expect(article.locator('mark strong')).toHaveText(['Genève', 'Genève']);
  await expectAccessible(page, 'the assistant with its suggestions');

  // Change one suggestion (WTO is only accredited: an observer at most), which accepts it; a rejection
  // can be taken back; then accept all the rest.
  await page.getByRole('button', { name: 'Change World Trade Organization (WTO)' }).click();
  await page.getByLabel('Role of World Trade Organization (WTO)').selectOption('observer');
  const pressed = (name: string) =>
    expect(page.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
  await pressed('Accept World Trade Organization (WTO)');
  await page.getByRole('button', { name: 'Reject Asia-Europe Meeting (ASEM)' }).click();
  await pressed('Reject Asia-Europe Meeting (ASEM)');
  await page.getByRole('button', { name: 'Accept Asia-Europe Meeting (ASEM)' }).click();
  await pressed('Accept Asia-Europe Meeting (ASEM)');
  await expect(page.getByRole('button', { name: 'Reject Asia-Europe Meeting (ASEM)' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await page.getByRole('button', { name: 'Accept all undecided' }).click();
  await expect(page.getByText(/(\d+) of \1 decided/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue to the record' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'The record' })).toBeFocused();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2023-11-20');
  await expect(page.getByLabel('Publisher')).toHaveValue('Vietnam News Agency (VNA)');
  await expect(page.getByLabel('Licence or terms')).toHaveValue(
    'Quoted excerpt; © Vietnam News Agency (VNA)',
  );
  await expect(page.getByLabel('Excerpt the record rests on')).toHaveValue(
    /^Le Vietnam a soutenu et s’est engagé à renforcer la coopération avec l’OIM/,
  );
  await page.getByLabel('Title', { exact: true }).first().fill(title);
  await page
    .getByLabel('Summary')
    .fill('Viet Nam’s ambassador and IOM’s Director General on implementing the GCM.');
  await page.getByRole('button', { name: 'Save record' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const participants = page.getByRole('region', { name: 'Participants' });
  for (const name of [
    'Viet Nam',
    'International Organization for Migration',
    'United Nations',
    'World Trade Organization',
    'Association of Southeast Asian Nations',
    'Asia-Europe Meeting',
    'Asia-Pacific Economic Cooperation',
  ])
    await expect(participants).toContainText(name);
  await expect(page.locator('.participants__group', { hasText: 'Observer' })).toContainText(
    'World Trade Organization',
  );
  await expect(page.getByText('Amy Pope')).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText(`Created · ${editor} · the editor`);

  await page.goto(`/?q=${word}`);
  await expect(page.getByRole('heading', { name: '1 record' })).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  // A full page load: typing before React has hydrated the form would be lost.
  await expect(page.getByRole('heading', { level: 1, name: 'Edit record' })).toBeVisible();
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  await page.getByLabel('Title', { exact: true }).first().fill(`${title} (edited)`);
  await page.getByRole('button', { name: 'Save record' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (edited)`);
  await expect(history).toContainText('Edited');
  const recordUrl = page.url();

  await page.getByRole('button', { name: 'Sign out' }).click();
  // Signed out only once the button is gone; the sign-in page sends a signed-in visitor away.
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  await signIn(page, admin);
  await page.goto(recordUrl);
  page.once('dialog', (d) => void d.accept());
  await history.getByRole('button', { name: /^Revert/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(history).toContainText('Reverted');
});

test('an article with markup in it is shown as text, and nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const evil = '<script>alert(1)</script>';
  const img = '<img src=x onerror=alert(1)>';
  await signIn(page, editor);
  await page.goto('/records/new');
  await page
    .getByLabel('Article text')
    .fill(
      `Geneva – Viet Nam and IOM signed an agreement on labour migration ${evil} on 3 May 2024.\n` +
        `Ambassador Lê Thi Tuyêt Mai ${img} said the agreement protects migrant workers.`,
    );
  await page.getByRole('button', { name: 'Read the article' }).click();
  await expect(page.getByRole('region', { name: 'From an article' }).getByRole('status')).toContainText(
    /The assistant made \d+ suggestions/,
  );

  const article = page.getByRole('region', { name: 'The article' });
  await expect(article).toContainText(evil);
  await expect(article).toContainText(img);
  await page.getByRole('group', { name: /^Sentence \d/ }).hover();
  await expect(article.locator('mark')).toContainText(evil);
  await expect(page.getByRole('region', { name: 'Excerpt' })).toContainText(evil);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'From an article' }).locator('script, img')).toHaveCount(0);

  await page.getByRole('button', { name: 'Accept all undecided' }).click();
  await page.getByRole('button', { name: 'Continue to the record' }).click();
  await expect(page.getByLabel('Excerpt the record rests on')).toHaveValue(
    new RegExp(evil.replace(/[()]/g, '\\$&')),
  );
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
