import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { loginAs } from './fixtures';
import { prepareInstall, scriptEnv, startServer, type OwnServer } from './own-server';
import { VERSION_TWO, versionsUrl } from './versions-text';

// Articles that change (issue 17 item 4): a reviewer imports an edited version of an article
// from its address; the untouched claim keeps its words, the published figure whose words
// changed is flagged and waits for a correction, and the public article page (no script)
// says the article changed and shows the old and new words. A server of its own, so that
// the article is this spec's alone.

const tag = `ver${Date.now().toString(36)}`;
let server: OwnServer;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const dataDir = prepareInstall();
  const made = spawnSync('npx', ['tsx', 'tests/e2e/versions-data.ts', tag], {
    env: scriptEnv(dataDir),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (made.status !== 0) throw new Error(`tests/e2e/versions-data.ts failed:\n${made.stderr}`);
  server = await startServer(dataDir, { port: Number(process.env.E2E_PORT ?? 3100) + 2 });
});

test.afterAll(() => {
  if (server?.process.exitCode === null) server.process.kill('SIGTERM');
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const pageOn = async (browser: Browser, javaScriptEnabled = true) =>
  (await browser.newContext({ baseURL: server.url, javaScriptEnabled })).newPage();
const axe = async (page: Page) => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

test('re-importing an edited article flags the changed figure and the public page shows the change', async ({
  browser,
}) => {
  const page = await pageOn(browser);
  await loginAs(page, 'reviewer');
  await page.goto('/review/articles/new');
  await page.getByLabel('Title').fill(`Dam burst ${tag}`);
  await page.getByLabel('Publisher').fill('The Test Times');
  await page.getByLabel('Address (http or https, optional)').fill(versionsUrl(tag));
  await page.getByLabel('Article text').fill(VERSION_TWO);
  await page.getByRole('button', { name: 'Import and find claims' }).click();

  // The same article, now in its second version: no copy was made.
  await expect(page.getByRole('heading', { level: 1, name: `Dam burst ${tag}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Versions (2)' })).toBeVisible();
  await expect(page.getByText('Version 2: imported again from its address')).toBeVisible();
  await expect(page.getByTestId('article-body')).toHaveText(VERSION_TWO);
  // The untouched claim follows its words; the changed one is marked.
  await expect(page.getByTestId('article-body').locator('mark', { hasText: '200 homes were flooded' })).toBeVisible();
  const claims = page.getByRole('region', { name: /^Claims/ });
  await expect(claims.getByRole('listitem').filter({ hasText: `200 homes flooded ${tag}` })).not.toContainText(
    'the article changed here',
  );
  const flagged = claims.getByRole('listitem').filter({ hasText: `40 killed when the dam burst ${tag}` });
  await expect(flagged).toContainText('the article changed here');
  await axe(page);

  await page.goto('/review/articles');
  await expect(page.getByRole('link', { name: `Dam burst ${tag}` })).toHaveCount(1);
  await page.goBack();

  // The workspace shows the old and new words; a published claim waits for a correction.
  await flagged.getByRole('link', { name: `40 killed when the dam burst ${tag}` }).click();
  const panel = page.getByRole('region', { name: 'The article changed here (version 2)' });
  await expect(panel).toContainText('We checked: at least 40 people were killed');
  await expect(panel).toContainText('It now reads: at least 52 people were killed');
  await expect(panel).toContainText('Prepare a correction below');
  await axe(page);

  // Readers, with no script: the page says the article changed, and what changed.
  const reader = await pageOn(browser, false);
  await reader.goto(`/articles/versions-${tag}`);
  await expect(reader.getByText('The publisher changed this article after our check.')).toBeVisible();
  const changes = reader.getByRole('region', { name: 'What changed in the checked words' });
  await expect(changes.locator('del')).toHaveText('at least 40 people were killed');
  await expect(changes.locator('ins')).toHaveText('at least 52 people were killed');
  await expect(reader.locator('mark', { hasText: 'at least 52 people were killed' })).toBeVisible();
  // axe runs as a script in the page: it needs a reader with JavaScript on (the page ships none either way).
  const checker = await pageOn(browser);
  await checker.goto(`/articles/versions-${tag}`);
  await expect(checker.getByRole('region', { name: 'What changed in the checked words' })).toBeVisible();
  await axe(checker);
});
