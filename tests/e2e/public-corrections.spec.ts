import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { loadDemoInput } from '@/prisma/seed/demo';
import { fetchText, signInAs } from './public-helpers';

// The corrections page and the per-check feeds, read with JavaScript off as readers get
// them: an admin writes the policy, a claim is published, corrected (two editors) and
// retracted through the workspace, and /corrections, its feed and the claim's own feed say
// so, newest first, with the notes readers are owed and nothing internal.
const { editorial } = loadDemoInput();
// Three people sign in and the workflow runs through the workspace: give each step time.
const expect = baseExpect.configure({ timeout: 20_000 });
const slug = 'pro-gov-paper-offensive';
const statement = editorial.claims[slug].statement;
const comparison = editorial.demo.publishComparisons[0];
const run = `CORR${Date.now().toString(36)}`;
const internal = {
  verdict: `${run} verdict reason`,
  correction: `${run} correction reason`,
  retraction: `${run} retraction reason`,
};
const correctionNote = 'Correction: the paper reported plans for an offensive, not that one had begun.';
const retractionNote = 'Retracted: the article does not say who in the army said this.';

async function openClaim(page: Page) {
  await page.goto(`/review?view=all&q=${encodeURIComponent(statement)}`);
  await page.getByRole('link', { name: statement }).click();
  await expect(page.getByRole('heading', { level: 1, name: statement })).toBeVisible();
}

async function staff(browser: Browser, role: 'reviewer' | 'editor' | 'admin') {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, role);
  return page;
}

/** A feed's channel and items, parsed as XML by the browser (any error is reported). */
async function readFeed(page: Page, request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const etag = response.headers()['etag']!;
  expect((await request.get(path, { headers: { 'If-None-Match': etag } })).status()).toBe(304);
  const xml = await response.text();
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      version: doc.documentElement.getAttribute('version'),
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        description: item.querySelector('description')?.textContent ?? '',
      })),
    };
  }, xml);
}

async function noAxeViolations(browser: Browser, path: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  expect((await new AxeBuilder({ page }).analyze()).violations, path).toEqual([]);
}

test('the corrections page and each check’s feed list a correction and a retraction, with JavaScript off', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();

  // An admin writes the policy; Markdown shows, raw HTML and script links do not.
  const admin = await staff(browser, 'admin');
  await admin.getByRole('link', { name: 'Corrections policy' }).click();
  const policyField = admin.getByLabel('Corrections policy (Markdown)');
  await expect(policyField).toHaveValue(/## How to ask for a correction/);
  expect((await new AxeBuilder({ page: admin }).analyze()).violations).toEqual([]);
  await policyField.fill(
    `## How ${run} corrects\n\nWe fix **errors of fact** openly.\n\n<img src="x" alt="raw-html-image">\n\n[unsafe link](javascript:alert(1))`,
  );
  await admin.getByRole('button', { name: 'Save and publish the policy' }).click();
  await expect(admin.getByText('Policy saved and published on /corrections.')).toBeVisible();

  await reader.goto('/');
  await reader.getByRole('navigation', { name: 'Fact checks' }).getByRole('link', { name: 'Corrections' }).click();
  await expect(reader).toHaveURL(/\/corrections$/);
  await expect(reader.getByRole('heading', { level: 2, name: `How ${run} corrects` })).toBeVisible();
  await expect(reader.locator('strong', { hasText: 'errors of fact' })).toBeVisible();
  await expect(reader.locator('img[alt="raw-html-image"]')).toHaveCount(0);
  const unsafe = reader.getByText('unsafe link');
  await expect(unsafe).toBeVisible();
  expect(await reader.locator('a[href^="javascript:"]').count()).toBe(0);

  // A claim is published, corrected (prepared by one editor, published by another) and retracted.
  const reviewer = await staff(browser, 'reviewer');
  await openClaim(reviewer);
  await reviewer.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'Verified' });
  await reviewer.getByLabel('Reason for this verdict').fill(internal.verdict);
  await reviewer.getByRole('button', { name: 'Set verdict' }).click();
  await expect(reviewer.getByRole('main').getByText('Verdict saved.')).toBeVisible();
  await reviewer.getByRole('button', { name: 'Send for review' }).click();
  await expect(reviewer.getByText('Stage: In review')).toBeVisible();
  const editor = await staff(browser, 'editor');
  await openClaim(editor);
  await editor.getByRole('button', { name: 'Approve' }).click();
  await expect(editor.getByText('Stage: Approved')).toBeVisible();
  await editor.getByRole('button', { name: 'Publish' }).click();
  await expect(editor.getByText('Stage: Published')).toBeVisible();
  await editor.getByLabel('Corrected verdict (for a correction)').selectOption({ label: 'Partly true / misleading' });
  await editor.getByLabel('Public note readers will see').fill(correctionNote);
  await editor.getByLabel('Internal reason').fill(internal.correction);
  await editor.getByRole('button', { name: 'Prepare a correction' }).click();
  await expect(editor.getByRole('region', { name: 'Correction waiting for a second editor' })).toBeVisible();

  // Pending: not on the corrections page, not in the claim's feed.
  await reader.goto('/corrections');
  await expect(reader.getByText(correctionNote)).toHaveCount(0);
  let feed = await readFeed(reader, request, `/claims/${slug}/feed.xml`);
  expect(feed.items.map((i) => i.title)).toEqual([`Published with the verdict Verified: ${statement}`]);

  await openClaim(admin);
  await admin
    .getByRole('region', { name: 'Correction waiting for a second editor' })
    .getByRole('button', { name: 'Publish the correction' })
    .click();
  await expect(admin.getByRole('region', { name: 'Correction waiting for a second editor' })).toHaveCount(0);

  // The corrected claim's notice links to the policy, and the page offers its feed.
  await reader.goto(`/claims/${slug}`);
  const notice = reader.getByRole('note').filter({ hasText: 'We corrected this check on' });
  await expect(notice).toContainText('the verdict changed from Verified to Partly true / misleading');
  await expect(notice).toContainText(correctionNote);
  await notice.getByRole('link', { name: 'Our corrections policy' }).click();
  await expect(reader).toHaveURL(/\/corrections$/);
  await reader.goBack();
  const follow = reader.getByRole('link', { name: 'Follow this check (RSS)' });
  await expect(follow).toHaveAttribute('href', `/claims/${slug}/feed.xml`);
  await expect(reader.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    new RegExp(`/claims/${slug}/feed\\.xml$`),
  );
  await noAxeViolations(browser, `/claims/${slug}`);

  await editor.reload();
  await editor.getByLabel('Public note readers will see').fill(retractionNote);
  await editor.getByLabel('Internal reason').fill(internal.retraction);
  await editor.getByRole('button', { name: 'Retract' }).click();
  await expect(editor.getByText('Stage: Retracted')).toBeVisible();

  // The corrections page lists both, newest first, with their notes and dates.
  await reader.goto('/corrections');
  const list = reader.getByTestId('correction').filter({ hasText: statement });
  await expect(list).toHaveCount(2);
  await expect(list.nth(0)).toContainText(`Retracted on`);
  await expect(list.nth(0)).toContainText(retractionNote);
  await expect(list.nth(1)).toContainText('Corrected on');
  await expect(list.nth(1)).toContainText('Verdict changed from Verified to Partly true / misleading.');
  await expect(list.nth(1)).toContainText(correctionNote);
  await expect(list.nth(0).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await expect(reader.getByRole('link', { name: 'Follow corrections (RSS)' })).toHaveAttribute(
    'href',
    '/corrections/feed.xml',
  );
  await noAxeViolations(browser, '/corrections');

  feed = await readFeed(reader, request, '/corrections/feed.xml');
  expect(feed).toMatchObject({ error: null, version: '2.0' });
  const ours = feed.items.filter((i) => i.title.endsWith(statement));
  expect(ours.map((i) => i.title)).toEqual([`Retracted check: ${statement}`, `Corrected check: ${statement}`]);
  expect(ours[0].description).toContain(retractionNote);
  expect(ours[1].description).toContain(correctionNote);

  feed = await readFeed(reader, request, `/claims/${slug}/feed.xml`);
  expect(feed).toMatchObject({ error: null, version: '2.0' });
  expect(feed.items.map((i) => i.title)).toEqual([
    `Retracted: the verdict no longer stands: ${statement}`,
    `Corrected: verdict changed from Verified to Partly true / misleading: ${statement}`,
    `Published with the verdict Verified: ${statement}`,
  ]);
  expect(feed.items[0].description).toContain(retractionNote);
  expect(feed.items[1].description).toContain(correctionNote);

  // A comparison page offers its own feed too.
  await reader.goto(`/comparisons/${comparison}`);
  await expect(reader.getByRole('link', { name: 'Follow this comparison (RSS)' })).toHaveAttribute(
    'href',
    `/comparisons/${comparison}/feed.xml`,
  );
  await expect(reader.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    new RegExp(`/comparisons/${comparison}/feed\\.xml$`),
  );
  feed = await readFeed(reader, request, `/comparisons/${comparison}/feed.xml`);
  expect(feed).toMatchObject({ error: null, version: '2.0' });
  expect(feed.items.map((i) => i.title)).toEqual([expect.stringMatching(/^\[Demonstration\] Published: /)]);

  // No page ships a script, and nothing internal reached a reader.
  for (const path of ['/corrections', `/claims/${slug}`, `/comparisons/${comparison}`]) {
    const html = await fetchText(request, path);
    expect(html, path).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  }
  for (const path of ['/corrections', '/corrections/feed.xml', `/claims/${slug}`, `/claims/${slug}/feed.xml`]) {
    const body = await fetchText(request, path);
    for (const text of Object.values(internal)) expect(body, path).not.toContain(text);
  }
});
