import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { loginAs, signIn } from './fixtures';
import { prepareInstall, scriptEnv, startServer, type OwnServer } from './own-server';

// The review desk on a busy day (issue 19): the first view has work in it, and claims are
// assigned, sent for review and published many at once, each claim's outcome reported.
// A server of its own, so that the claims this spec makes and moves are its alone.

const tag = `desk${Date.now().toString(36)}`;
const password = `newcomer-${tag}-password`;
let server: OwnServer;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const dataDir = prepareInstall();
  const made = spawnSync('npx', ['tsx', 'tests/e2e/desk-data.ts', tag, password], {
    env: scriptEnv(dataDir),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (made.status !== 0) throw new Error(`tests/e2e/desk-data.ts failed:\n${made.stderr}`);
  server = await startServer(dataDir, { port: Number(process.env.E2E_PORT ?? 3100) + 1 });
});

test.afterAll(() => {
  if (server?.process.exitCode === null) server.process.kill('SIGTERM');
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

async function pageOn(browser: Browser) {
  return (await browser.newContext({ baseURL: server.url })).newPage();
}
const axe = async (page: Page) => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
const results = (page: Page) => page.getByTestId('bulk-result');
const row = (page: Page, statement: string) => page.getByTestId('queue-row').filter({ hasText: statement });

/** Presses Tab (or Shift+Tab) until `target` has the focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('never reached the control with Tab');
}

test("a new reviewer's first view lists claims and says why; the view they pick is the next first view", async ({
  browser,
}) => {
  const page = await pageOn(browser);
  await signIn(page, `newcomer-${tag}@example.org`, password);
  await expect(page.getByRole('heading', { name: 'Review desk' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: /^Unassigned: \d+ claims$/ })).toBeVisible();
  await expect(page.getByTestId('opening-view')).toHaveText(
    'Nothing is assigned to you, so the desk shows the claims nobody has taken yet.',
  );
  await expect(page.getByTestId('queue-row').filter({ hasText: `Desk draft` }).first()).toBeVisible();
  expect(await page.getByTestId('queue-row').count()).toBeGreaterThan(0);
  await axe(page);

  await page.getByRole('navigation', { name: 'Queue views' }).getByRole('button', { name: 'In review' }).click();
  await expect(page.getByRole('heading', { name: /^In review: / })).toBeVisible();
  await page.goto('/review');
  await expect(page.getByRole('heading', { name: /^In review: / })).toBeVisible();
  await expect(page.getByTestId('opening-view')).toContainText('The view you chose last');
  // The choice can be forgotten: the desk chooses again, and says why.
  await page.getByRole('button', { name: 'Forget my choice' }).click();
  await expect(page.getByRole('heading', { name: /^Unassigned: \d+ claims$/ })).toBeVisible();
  await expect(page.getByTestId('opening-view')).toHaveText(
    'Nothing is assigned to you, so the desk shows the claims nobody has taken yet.',
  );
  await expect(page.getByRole('button', { name: 'Forget my choice' })).toHaveCount(0);
});

test('an editor assigns 30 claims at once, selected with "select all" and a shift-click range', async ({ browser }) => {
  const page = await pageOn(browser);
  await loginAs(page, 'editor');
  await page.goto(`/review?view=all&size=50&q=${encodeURIComponent(`Desk draft`)}`);
  await expect(page.getByTestId('queue-row')).toHaveCount(30);

  // A range: the tenth row's box, then shift-click on the fourteenth's.
  const box = (n: number) =>
    page
      .getByTestId('queue-row')
      .nth(n - 1)
      .getByRole('checkbox');
  await box(10).click();
  await box(14).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('5 of 30 on this page selected.');
  for (const n of [10, 11, 12, 13, 14]) await expect(box(n)).toBeChecked();
  for (const n of [9, 15]) await expect(box(n)).not.toBeChecked();

  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await expect(page.getByTestId('bulk-count')).toHaveText('30 of 30 on this page selected.');
  await page.getByLabel('Action').selectOption({ label: 'Assign to…' });
  await page.getByLabel('Assign to').selectOption({ label: 'Rana Reviewer' });
  await page.getByRole('button', { name: 'Apply to selected' }).click();
  await expect(page.getByRole('status').filter({ hasText: '30 done, 0 refused.' })).toBeVisible();
  await expect(results(page)).toHaveCount(30);
  await expect(results(page).filter({ hasText: 'Assigned.' })).toHaveCount(30);
  await expect(row(page, `Desk draft 30 ${tag}`)).toContainText('Rana Reviewer');
  await axe(page);
});

test('a reviewer sends their 30 claims for review with the keyboard alone; those without a verdict are refused, each said', async ({
  browser,
}) => {
  const page = await pageOn(browser);
  await loginAs(page, 'reviewer');
  await page.goto(`/review?view=mine&size=50&q=${encodeURIComponent(tag)}`);
  await expect(page.getByTestId('queue-row')).toHaveCount(30);

  // A range by the keyboard: Space on the second row's box, Shift+Space on the fifth's.
  const box = (n: number) =>
    page
      .getByTestId('queue-row')
      .nth(n - 1)
      .getByRole('checkbox');
  await tabTo(page, box(2));
  await page.keyboard.press('Space');
  await tabTo(page, box(5));
  await page.keyboard.press('Shift+Space');
  await expect(page.getByTestId('bulk-count')).toHaveText('4 of 30 on this page selected.');
  for (const n of [2, 3, 4, 5]) await expect(box(n)).toBeChecked();
  for (const n of [1, 6]) await expect(box(n)).not.toBeChecked();

  const selectAll = page.getByRole('checkbox', { name: 'Select all on this page' });
  await tabTo(page, selectAll, 'Shift+Tab');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('bulk-count')).toHaveText('30 of 30 on this page selected.');
  // One box off and on again, by the keyboard.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /^Select “Desk draft/ }).first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('bulk-count')).toHaveText('29 of 30 on this page selected.');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('bulk-count')).toHaveText('30 of 30 on this page selected.');

  const operation = page.getByLabel('Action');
  await tabTo(page, operation, 'Shift+Tab'); // back up from the table to the form above it
  await expect(operation.getByRole('option', { name: 'Unassign' })).toHaveCount(0); // editors only
  await page.keyboard.press('ArrowDown');
  await expect(operation).toHaveValue('submit');
  await tabTo(page, page.getByRole('button', { name: 'Apply to selected' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: '4 done, 26 refused.' })).toBeVisible();
  await expect(results(page)).toHaveCount(30);
  await expect(results(page).filter({ hasText: 'Sent for review.' })).toHaveCount(4);
  await expect(
    results(page).filter({ hasText: 'Set a verdict with its reason before sending the claim for review.' }),
  ).toHaveCount(26);
  await expect(results(page).filter({ hasText: `Desk draft 01 ${tag}: Sent for review.` })).toBeVisible();
  await expect(row(page, `Desk draft 01 ${tag}`)).toContainText('In review');
  await expect(row(page, `Desk draft 05 ${tag}`)).toContainText('Draft');
  await axe(page);
});

test('an editor cannot bulk-publish a claim whose verdict they set; the others are published', async ({ browser }) => {
  const page = await pageOn(browser);
  await loginAs(page, 'editor');
  await page.goto(`/review?view=approved&q=${encodeURIComponent(`Desk approved`)}`);
  await expect(page.getByTestId('queue-row')).toHaveCount(3);
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByLabel('Action').selectOption({ label: 'Publish' });
  await page.getByRole('button', { name: 'Apply to selected' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 done, 1 refused.' })).toBeVisible();
  await expect(
    results(page).filter({
      hasText: `Desk approved by the editor ${tag}: You set this verdict, so another editor must publish it (second read).`,
    }),
  ).toBeVisible();
  await expect(results(page).filter({ hasText: 'Published.' })).toHaveCount(2);
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
});
