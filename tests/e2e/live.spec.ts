import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { loginAs } from './fixtures';
import { prepareInstall, scriptEnv, startServer, type OwnServer } from './own-server';

// Live notice (issue 19): someone else's save of an open claim shows within seconds, and
// the reload keeps the unsaved text; a claim assigned to you shows in the navigation's
// count on your next page load. A server of its own, so that the claim is this spec's alone.

const tag = `live${Date.now().toString(36)}`;
const statement = `Live claim ${tag}`;
let server: OwnServer;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const dataDir = prepareInstall();
  const made = spawnSync('npx', ['tsx', 'tests/e2e/live-data.ts', tag], {
    env: scriptEnv(dataDir),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (made.status !== 0) throw new Error(`tests/e2e/live-data.ts failed:\n${made.stderr}`);
  server = await startServer(dataDir, { port: Number(process.env.E2E_PORT ?? 3100) + 2 });
});

test.afterAll(() => {
  if (server?.process.exitCode === null) server.process.kill('SIGTERM');
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

async function pageOn(browser: Browser) {
  return (await browser.newContext({ baseURL: server.url })).newPage();
}
const axe = async (page: Page) => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
const main = (page: Page) => page.getByRole('main');

async function openClaim(page: Page) {
  await page.goto(`/review?view=all&q=${encodeURIComponent(statement)}`);
  await page.getByRole('link', { name: statement }).click();
  await expect(page.getByRole('heading', { level: 1, name: statement })).toBeVisible();
}

/** The count of open claims assigned to the user, as the navigation says it. */
async function myClaims(page: Page) {
  const link = page.getByRole('navigation', { name: 'Review desk' }).getByRole('link', { name: /^My claims/ });
  const name = (await link.textContent()) ?? '';
  return Number(/\((\d+) open claims? assigned to you\)/.exec(name)?.[1] ?? NaN);
}

test('another person’s save shows in the open workspace within 5 s; the reload keeps my unsaved text', async ({
  browser,
}) => {
  const reviewer = await pageOn(browser);
  const editor = await pageOn(browser);
  await loginAs(reviewer, 'reviewer');
  const before = await myClaims(reviewer);
  expect(before).toBeGreaterThanOrEqual(0);

  // The editor assigns the claim to the reviewer: it counts on the reviewer's next page load.
  await loginAs(editor, 'editor');
  await openClaim(editor);
  await editor.getByLabel('Assignee').selectOption({ label: 'Rana Reviewer' });
  await editor.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(main(editor).getByText('Assignment saved.')).toBeVisible();

  await openClaim(reviewer);
  expect(await myClaims(reviewer)).toBe(before + 1);

  // The reviewer types notes and does not save; the editor, on the same claim, saves a new statement.
  const notes = `Called the ministry; waiting for the figure. ${tag}`;
  await reviewer.getByLabel('Internal notes (Markdown, never public)').fill(notes);
  await editor.reload();
  const newer = `Officials say 12 people were killed ${tag}`;
  await editor.getByLabel(/^Claim statement/).fill(newer);
  await editor.getByRole('button', { name: 'Save claim' }).click();
  await expect(main(editor).getByText('Saved.')).toBeVisible();

  const banner = reviewer.getByRole('status').filter({ hasText: 'saved this claim' });
  await expect(banner).toContainText('Eddie Editor saved this claim at', { timeout: 5_000 });
  await axe(reviewer);

  await banner.getByRole('button', { name: 'Reload the claim' }).click();
  await expect(reviewer.getByText('Your unsaved text is back in the form.')).toBeVisible();
  await expect(reviewer.getByLabel('Internal notes (Markdown, never public)')).toHaveValue(notes);
  await expect(reviewer.getByLabel(/^Claim statement/)).toHaveValue(newer);
  await expect(banner).toHaveCount(0);
  await axe(reviewer);

  // Saving keeps both: the editor's statement and the reviewer's notes.
  await reviewer.getByRole('button', { name: 'Save claim' }).click();
  await expect(main(reviewer).getByText('Saved.')).toBeVisible();
  await reviewer.reload();
  await expect(reviewer.getByLabel('Internal notes (Markdown, never public)')).toHaveValue(notes);
  await expect(reviewer.getByLabel(/^Claim statement/)).toHaveValue(newer);
  await expect(reviewer.getByText('Your unsaved text is back in the form.')).toHaveCount(0);
});
