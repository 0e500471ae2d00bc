import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { loadDemoInput } from '@/prisma/seed/demo';
import { fetchText, jsonLdBlocks, signInAs } from './public-helpers';

// Publish, correct and retract a claim through the workspace (which calls publishClaim,
// prepareClaimCorrection and publishClaimCorrection (two editors), and retractClaim, then
// revalidatePublishedClaim), and read each change at once on the cached claim page, the
// article page, the API and the feed: no rebuild, no wait.
const { editorial } = loadDemoInput();
const slug = 'kafr-hamra-killed';
const statement = editorial.claims[slug].statement;
const claimPath = `/claims/${slug}`;
const articlePath = `/articles/${editorial.articleSlug}`;
const internal = {
  verdictReason: 'LIVE-INTERNAL verdict reason for Kafr Hamra',
  approveNote: 'LIVE-INTERNAL approval note',
  correctionReason: 'LIVE-INTERNAL correction reason',
  retractionReason: 'LIVE-INTERNAL retraction reason',
};
const correctionNote = 'Correction: the article gives no number for Kafr Hamra beyond "at least three".';
const retractionNote = 'Retracted: this check relied on a misreading of the article.';

async function openClaim(page: Page) {
  await page.goto(`/review?view=all&q=${encodeURIComponent(statement)}`);
  await page.getByRole('link', { name: statement }).click();
  await expect(page.getByRole('heading', { level: 1, name: statement })).toBeVisible();
}

/** What each public surface says about the claim right now, in one pass. */
async function publicView(request: APIRequestContext, page: Page) {
  const claimResponse = await request.get(claimPath);
  const api = await request.get(`/api/v1/claims/${slug}`);
  const list = await (await request.get('/api/v1/claims?perPage=100')).json();
  const feed = await fetchText(request, '/feed.xml');
  await page.goto(articlePath);
  const articleLink = page.getByRole('region', { name: 'The article' }).getByRole('link', { name: statement });
  return {
    claimStatus: claimResponse.status(),
    claimHtml: await claimResponse.text(),
    api: api.status() === 200 ? (await api.json()).data : null,
    inList: list.data.find((c: { slug: string }) => c.slug === slug) ?? null,
    feedItem: feed.split('<item>').find((item) => item.includes(`/claims/${slug}</link>`)) ?? null,
    articleLink: (await articleLink.count()) ? await articleLink.getAttribute('aria-label') : null,
  };
}

test('publishing, correcting and retracting a claim show at once on every public surface', async ({
  browser,
  request,
}) => {
  // Three people sign in (argon2 each) and every public surface is read four times.
  test.setTimeout(90_000);
  const reader = await (await browser.newContext()).newPage();

  // Before: nothing public, and every surface's data is now in the cache (the 404 included).
  // Pages render per request for their CSP nonce (docs/decisions/005-security-headers.md),
  // so no page-level cache header can show it; only the revalidation can make them change.
  let view = await publicView(request, reader);
  expect(view).toMatchObject({ claimStatus: 404, api: null, inList: null, feedItem: null, articleLink: null });

  // A reviewer sets the verdict; an editor approves and publishes.
  const reviewer = await (await browser.newContext()).newPage();
  await signInAs(reviewer, 'reviewer');
  await openClaim(reviewer);
  await reviewer.getByRole('combobox', { name: 'Verdict', exact: true }).selectOption({ label: 'Verified' });
  await reviewer.getByLabel('Reason for this verdict').fill(internal.verdictReason);
  await reviewer.getByRole('button', { name: 'Set verdict' }).click();
  await expect(reviewer.getByRole('main').getByText('Verdict saved.')).toBeVisible();
  await reviewer.getByRole('button', { name: 'Send for review' }).click();
  await expect(reviewer.getByText('Stage: In review')).toBeVisible();

  const editor = await (await browser.newContext()).newPage();
  await signInAs(editor, 'editor');
  await openClaim(editor);
  await editor.getByLabel('Note for the history').fill(internal.approveNote);
  await editor.getByRole('button', { name: 'Approve' }).click();
  await expect(editor.getByText('Stage: Approved')).toBeVisible();
  await editor.getByRole('button', { name: 'Publish' }).click();
  await expect(editor.getByText('Stage: Published')).toBeVisible();

  view = await publicView(request, reader);
  expect(view.claimStatus).toBe(200);
  expect(view.claimHtml).toContain(statement);
  expect(view.api).toMatchObject({
    status: 'published',
    verdict: { key: 'verified' },
    history: [{ kind: 'published' }],
  });
  expect(view.inList).toMatchObject({ status: 'published', verdict: { label: 'Verified' } });
  expect(view.feedItem).toContain(`<title>Verified: ${statement}</title>`);
  expect(view.articleLink).toBe(`Verified: read the check of “${statement}”`);
  await reader.goto(claimPath);
  expect((await jsonLdBlocks(reader))[0]).toMatchObject({
    reviewRating: { alternateName: 'Verified', ratingValue: 5 },
  });

  // A correction: a new verdict and a note readers see, prepared by one editor...
  await editor.getByLabel('Corrected verdict (for a correction)').selectOption({ label: 'Partly true / misleading' });
  await editor.getByLabel('Public note readers will see').fill(correctionNote);
  await editor.getByLabel('Internal reason').fill(internal.correctionReason);
  await editor.getByRole('button', { name: 'Prepare a correction' }).click();
  const waiting = editor.getByRole('region', { name: 'Correction waiting for a second editor' });
  await expect(waiting).toContainText('Partly true / misleading');
  await expect(waiting).toContainText(correctionNote);
  await expect(waiting.getByRole('button', { name: 'Publish the correction' })).toBeDisabled();
  await expect(waiting).toContainText('You prepared this correction, so another editor must publish it (second read).');

  // ...which readers do not see until a second editor publishes it.
  view = await publicView(request, reader);
  expect(view.api).toMatchObject({
    status: 'published',
    verdict: { key: 'verified' },
    history: [{ kind: 'published' }],
  });
  expect(view.feedItem).toContain(`<title>Verified: ${statement}</title>`);
  expect(view.feedItem).not.toContain(correctionNote);
  expect(view.articleLink).toBe(`Verified: read the check of “${statement}”`);

  const second = await (await browser.newContext()).newPage();
  await signInAs(second, 'admin');
  await openClaim(second);
  const toPublish = second.getByRole('region', { name: 'Correction waiting for a second editor' });
  await expect(toPublish).toContainText(correctionNote);
  expect((await new AxeBuilder({ page: second }).analyze()).violations).toEqual([]);
  await toPublish.getByRole('button', { name: 'Publish the correction' }).click();
  await expect(second.locator('p', { hasText: internal.correctionReason })).toBeVisible();
  await expect(second.getByRole('region', { name: 'Correction waiting for a second editor' })).toHaveCount(0);
  await editor.reload();

  view = await publicView(request, reader);
  expect(view.api).toMatchObject({
    status: 'published',
    verdict: { key: 'partly_true' },
    history: [
      { kind: 'published' },
      { kind: 'corrected', note: correctionNote, verdictBefore: 'Verified', verdictAfter: 'Partly true / misleading' },
    ],
  });
  expect(view.inList).toMatchObject({ verdict: { label: 'Partly true / misleading' } });
  expect(view.feedItem).toContain('<title>Partly true / misleading: ');
  expect(view.articleLink).toBe(`Partly true / misleading: read the check of “${statement}”`);
  await reader.goto(claimPath);
  const history = reader.getByRole('region', { name: 'Corrections and history' });
  await expect(history).toContainText('verdict changed from Verified to Partly true / misleading');
  await expect(history).toContainText(correctionNote);
  expect((await jsonLdBlocks(reader))[0]).toMatchObject({
    reviewRating: { alternateName: 'Partly true / misleading' },
  });

  // Readers and CDNs revalidate by ETag: 304 while the page is unchanged, not after a retraction.
  const corrected = (await request.get(claimPath)).headers()['etag']!;
  expect((await request.get(claimPath, { headers: { 'If-None-Match': corrected } })).status()).toBe(304);

  // A retraction: the page stays, saying so, and the rating is withdrawn.
  await editor.getByLabel('Public note readers will see').fill(retractionNote);
  await editor.getByLabel('Internal reason').fill(internal.retractionReason);
  await editor.getByRole('button', { name: 'Retract' }).click();
  await expect(editor.getByText('Stage: Retracted')).toBeVisible();

  const retracted = await request.get(claimPath, { headers: { 'If-None-Match': corrected } });
  expect(retracted.status()).toBe(200);
  expect(retracted.headers()['etag']).not.toBe(corrected);
  view = await publicView(request, reader);
  expect(view.claimStatus).toBe(200);
  expect(view.api).toMatchObject({
    status: 'retracted',
    history: [{}, {}, { kind: 'retracted', note: retractionNote }],
  });
  expect(view.inList).toMatchObject({ status: 'retracted' });
  expect(view.feedItem).toContain('<title>Retracted (was Partly true / misleading): ');
  expect(view.feedItem).toContain(retractionNote);
  expect(view.articleLink).toBe(`Retracted: read the check of “${statement}”`);
  await reader.goto(claimPath);
  await expect(reader.getByRole('note')).toContainText('We retracted this check on');
  await expect(reader.getByRole('note')).toContainText(retractionNote);
  expect(await jsonLdBlocks(reader)).toEqual([]);
  expect((await new AxeBuilder({ page: reader }).analyze()).violations).toEqual([]);

  // None of the newsroom's internal words reached a reader.
  for (const path of [claimPath, articlePath, `/api/v1/claims/${slug}`, '/feed.xml', `/embed/claims/${slug}`, '/']) {
    const body = await fetchText(request, path);
    for (const text of Object.values(internal)) expect(body, path).not.toContain(text);
  }
});
