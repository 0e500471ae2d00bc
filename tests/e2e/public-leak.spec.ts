import { expect, test, type Page } from '@playwright/test';
import { demoUsers } from '@/prisma/seed/users';
import { loadDemoInput } from '@/prisma/seed/demo';
import { fetchText, signInAs } from './public-helpers';

// Internal work written through the workspace, each piece with a unique marker, must never
// reach a reader: not on a draft, and not on a claim once it is published.
const { editorial, labels } = loadDemoInput();
const run = `LEAK${Date.now().toString(36)}`;
const marker = (what: string) => `${run}-${what}`;

async function openClaim(page: Page, statement: string) {
  await page.goto(`/review?view=all&q=${encodeURIComponent(statement)}`);
  await page.getByRole('link', { name: statement }).click();
  await expect(page.getByRole('heading', { level: 1, name: statement })).toBeVisible();
}

/** Notes, a comment, private evidence and public evidence on a claim a reader cannot see yet. */
async function writeInternalWork(page: Page, where: string) {
  const main = page.getByRole('main');
  await page.getByLabel('Internal notes (Markdown, never public)').fill(marker(`${where}-internal-notes`));
  await page.getByRole('button', { name: 'Save claim' }).click();
  await expect(main.getByText('Saved.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'Disputed' });
  await page.getByLabel('Reason for this verdict').fill(marker(`${where}-verdict-reason`));
  await page.getByRole('button', { name: 'Set verdict' }).click();
  await expect(main.getByText('Verdict saved.')).toBeVisible();

  await page.getByLabel('Link (http or https)').fill(`https://example.org/${marker(`${where}-private-url`)}`);
  await page.getByLabel('Title', { exact: true }).fill(marker(`${where}-private-link`));
  await page.getByRole('button', { name: 'Attach link' }).click();
  await expect(main.getByText('Link attached.')).toBeVisible();
  await page.getByLabel('Note', { exact: true }).fill(marker(`${where}-private-note`));
  await page.getByRole('button', { name: 'Attach note' }).click();
  await expect(main.getByText('Note attached.')).toBeVisible();

  await page.getByRole('tab', { name: /Comments/ }).click();
  await page.getByLabel('Add a comment (internal)').fill(marker(`${where}-comment`));
  await page.getByRole('button', { name: 'Comment' }).click();
  await expect(main.getByText(marker(`${where}-comment`))).toBeVisible();
}

test('drafts, internal notes, comments, private evidence and staff names never reach a public page', async ({
  browser,
  request,
}) => {
  // It reads every public address of every check (pages, feeds, API, embeds, report pages).
  test.slow();
  const published = 'helluk-wounded';
  const draft = 'nusra-justification';
  const reviewer = await (await browser.newContext()).newPage();
  await signInAs(reviewer, 'reviewer');
  await openClaim(reviewer, editorial.claims[draft].statement);
  await writeInternalWork(reviewer, 'draft');
  await openClaim(reviewer, editorial.claims[published].statement);
  await writeInternalWork(reviewer, 'published');
  await reviewer.getByRole('button', { name: 'Send for review' }).click();
  await expect(reviewer.getByText('Stage: In review')).toBeVisible();

  const editor = await (await browser.newContext()).newPage();
  await signInAs(editor, 'editor');
  await openClaim(editor, editorial.claims[published].statement);
  await editor.getByLabel('Note for the history').fill(marker('approval-note'));
  await editor.getByRole('button', { name: 'Approve' }).click();
  await expect(editor.getByText('Stage: Approved')).toBeVisible();
  await editor.getByLabel('Note for the history').fill(marker('publish-reason'));
  await editor.getByRole('button', { name: 'Publish' }).click();
  await expect(editor.getByText('Stage: Published')).toBeVisible();
  // A correction prepared and waiting for a second editor: its note is not public yet.
  await editor.getByLabel('Corrected verdict (for a correction)').selectOption({ label: 'False' });
  await editor.getByLabel('Public note readers will see').fill(marker('pending-correction-note'));
  await editor.getByLabel('Internal reason').fill(marker('pending-correction-reason'));
  await editor.getByRole('button', { name: 'Prepare a correction' }).click();
  await expect(editor.getByRole('region', { name: 'Correction waiting for a second editor' })).toBeVisible();

  // A reader's report on the published claim, with an e-mail and a link: private to staff.
  const sender = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await sender.goto(`/claims/${published}`);
  await sender.getByText('Report an error or suggest a claim to check').click();
  await sender.getByLabel('What is wrong, or what should we check?').fill(marker('report-message'));
  await sender.getByLabel('A link that shows it (optional)').fill(`https://example.net/${marker('report-link')}`);
  await sender.getByLabel(/Your e-mail/).fill(`${marker('reader')}@example.net`);
  await sender.getByRole('button', { name: 'Send report' }).click();
  await expect(sender.getByRole('heading', { level: 1, name: /your report has reached our desk/ })).toBeVisible();
  const answered = new URL(sender.url()).pathname + new URL(sender.url()).search;

  // Every public page, API answer, feed and embed there is, found by following the public list.
  const list = await (await request.get('/api/v1/claims?perPage=100')).json();
  const slugs: string[] = list.data.map((c: { slug: string }) => c.slug);
  expect(slugs).toContain(published);
  expect(slugs).not.toContain(draft);
  const paths = [
    '/',
    '/claims',
    '/comparisons',
    `/articles/${editorial.articleSlug}`,
    ...editorial.demo.publishComparisons.map((c) => `/comparisons/${c}`),
    '/feed.xml',
    '/corrections',
    '/corrections/feed.xml',
    ...editorial.demo.publishComparisons.map((c) => `/comparisons/${c}/feed.xml`),
    '/api/v1/claims?perPage=100',
    '/api/v1/comparisons?perPage=100',
    answered,
    `/report?page=/claims/${published}`,
    ...slugs.flatMap((s) => [`/claims/${s}`, `/claims/${s}/feed.xml`, `/api/v1/claims/${s}`, `/embed/claims/${s}`]),
  ];
  const forbidden = [
    run,
    editorial.demo.verdictReason,
    ...demoUsers.flatMap((u) => [u.name, u.email]),
    ...labels.claims.flatMap((c) => (c.note ? [c.note] : [])),
  ];
  for (const path of paths) {
    const body = await fetchText(request, path);
    for (const text of forbidden) expect(body, `${path} shows "${text}"`).not.toContain(text);
  }
  // The demo's draft comparison is in no list.
  const draftComparison = labels.comparisons.find((c) => !editorial.demo.publishComparisons.includes(c.id))!;
  for (const path of [
    '/comparisons',
    '/api/v1/comparisons?perPage=100',
    `/articles/${editorial.articleSlug}`,
    '/feed.xml',
    '/corrections',
  ]) {
    expect(await fetchText(request, path), path).not.toContain(draftComparison.question);
  }
  expect((await request.get(`/comparisons/${draftComparison.id}/feed.xml`)).status()).toBe(404);
  for (const path of [
    `/claims/${draft}`,
    `/claims/${draft}/feed.xml`,
    `/api/v1/claims/${draft}`,
    `/embed/claims/${draft}`,
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // A reader searching for the internal words finds nothing (the search box echoes the words).
  expect((await (await request.get(`/api/v1/claims?q=${run}`)).json()).total).toBe(0);
  expect(await fetchText(request, `/claims?q=${marker('published-internal-notes')}`)).toContain(
    'No checks match these filters.',
  );
});
