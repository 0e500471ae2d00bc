import http from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadDemoInput } from '@/prisma/seed/demo';
import { claimReviewProblems } from './public-claim-review';
import { jsonLdBlocks } from './public-helpers';

// The public pages on the demo data, as readers, search engines and other sites get them.
const { editorial, labels } = loadDemoInput();
const articlePath = `/articles/${editorial.articleSlug}`;
const published = editorial.demo.publishClaims;
const claimSlug = 'sohr-145-airstrikes';
const claimPath = `/claims/${claimSlug}`;

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
}

test('every public page passes axe', async ({ page }) => {
  // Thirteen pages, each rendered on request (docs/decisions/005-security-headers.md) and scanned.
  test.slow();
  for (const path of [
    '/',
    '/claims',
    '/claims?kind=casualty&q=killed',
    claimPath,
    articlePath,
    '/comparisons/aleppo-civilian-deaths-10-days',
    '/comparisons/sohr-breakdown',
    `/embed/claims/${claimSlug}`,
    '/claims/no-such-claim',
  ]) {
    await page.goto(path);
    await test.step(path, () => expectNoAxeViolations(page));
  }
  // On a phone the wide tables scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [claimPath, articlePath, '/comparisons/sohr-breakdown', '/']) {
    await page.goto(path);
    await test.step(`${path} on a phone`, () => expectNoAxeViolations(page));
  }
});

test('the claim page shows the verdict, quote, claimant, explanation, figures and history', async ({ page }) => {
  await page.goto(claimPath);
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(editorial.claims[claimSlug].statement);
  await expect(main.getByRole('note').first()).toContainText('Demonstration check, not a real verdict');
  await expect(main.getByText('Our verdict:')).toBeVisible();
  await expect(main.getByText('Unverified', { exact: true }).first()).toBeVisible();
  const label = labels.claims.find((c) => c.id === claimSlug)!;
  await expect(main.locator('blockquote')).toHaveText(`“${label.text}”`);
  await expect(page.getByRole('region', { name: 'Who made the claim' })).toContainText(
    'Syrian Observatory for Human Rights',
  );
  await expect(page.getByRole('region', { name: 'Who made the claim' })).toContainText(
    `How the article attributes it: ${editorial.claims[claimSlug].attribution}`,
  );
  await expect(page.getByRole('region', { name: 'What we found' })).toContainText(editorial.demo.explanation);
  const figures = page.getByRole('table', { name: 'The figures in this claim' });
  await expect(figures.getByRole('row')).toHaveCount(2);
  await expect(figures).toContainText('air strikes');
  await expect(page.getByRole('region', { name: 'Corrections and history' })).toContainText('Published on');
  await expect(page.getByRole('link', { name: "Do the Observatory's sub-counts fit its total?" })).toBeVisible();

  // The quote links to its place in the annotated article.
  await page.getByRole('link', { name: 'See the quote in the article' }).click();
  await expect(page).toHaveURL(`${articlePath}#claim-${claimSlug}`);
  await expect(page.locator(`#claim-${claimSlug}`)).toHaveCount(1);
});

test('the claim page carries one complete ClaimReview, Open Graph and Twitter tags, and a canonical URL', async ({
  page,
  request,
}) => {
  await page.goto(claimPath);
  const blocks = await jsonLdBlocks(page);
  expect(blocks).toHaveLength(1);
  const [review] = blocks;
  // The demo article has no known date, so the claim's own date cannot be given.
  const api = await (await request.get(`/api/v1/claims/${claimSlug}`)).json();
  const expectedProblems = api.data.article.publishedAt ? [] : ['itemReviewed.datePublished is missing'];
  expect(claimReviewProblems(review)).toEqual(expectedProblems);
  expect(review).toMatchObject({
    claimReviewed: editorial.claims[claimSlug].statement,
    url: `http://localhost:3000${claimPath}`,
    reviewRating: { ratingValue: 3, alternateName: 'Unverified' },
    itemReviewed: {
      author: { '@type': 'Organization', name: 'Syrian Observatory for Human Rights' },
      // The origin first; other tests may have linked more appearances (issue 17).
      firstAppearance: { headline: labels.article.title },
      appearance: expect.arrayContaining([expect.objectContaining({ headline: labels.article.title })]),
    },
    author: { '@type': 'Organization', name: 'Claim Tracker' },
  });

  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`http://localhost:3000${claimPath}`);
  expect(await meta('meta[property="og:title"]')).toContain(editorial.claims[claimSlug].statement);
  expect(await meta('meta[property="og:url"]')).toBe(`http://localhost:3000${claimPath}`);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[name="description"]')).toContain('Demonstration check');
  expect(await meta('meta[name="twitter:card"]')).toBe('summary');
  expect(await meta('meta[name="twitter:title"]')).toContain(editorial.claims[claimSlug].statement);
});

test('the annotated article highlights each published claim with its verdict, linking to its check', async ({
  page,
  request,
}) => {
  const list = await (await request.get('/api/v1/claims?perPage=100')).json();
  const onArticle = list.data.filter((c: { article: { slug: string } }) => c.article.slug === editorial.articleSlug);
  await page.goto(articlePath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(labels.article.title);
  const text = page.getByRole('region', { name: 'The article' });
  for (const slug of published) {
    const label = labels.claims.find((c) => c.id === slug)!;
    await expect(text.locator(`#claim-${slug}`)).toHaveCount(1);
    await expect(text.locator('mark', { hasText: label.text.slice(0, 30) }).first()).toBeVisible();
    const link = text.getByRole('link', {
      name: `Unverified: read the check of “${editorial.claims[slug].statement}”`,
    });
    await expect(link).toHaveAttribute('href', `/claims/${slug}`);
  }
  // Draft claims are not highlighted.
  await expect(text.getByRole('link')).toHaveCount(onArticle.length);
  await expect(text.locator('[id^="claim-"]')).toHaveCount(onArticle.length);
});

test('the comparison page shows each figure, our reading and the automatic one', async ({ page }) => {
  await page.goto('/comparisons/aleppo-civilian-deaths-10-days');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    labels.comparisons.find((c) => c.id === 'aleppo-civilian-deaths-10-days')!.question,
  );
  await expect(page.getByRole('note')).toContainText('Demonstration check');
  const table = page.getByRole('table', { name: 'Each source’s figure with what it counts' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('more than 250');
  await expect(table).toContainText('more than 200');
  await expect(table).toContainText('hundreds');
  await expect(page.getByRole('region', { name: 'Our reading' })).toContainText(editorial.demo.comparisonNote);
  await expect(page.getByRole('region', { name: 'The automatic reading' })).toContainText('Consistent');
  await expect(page.getByRole('region', { name: 'The automatic reading' })).toContainText('overlap');
});

test('the claim index filters, searches and pages, with or without JavaScript', async ({ browser, request }) => {
  // Other browser tests publish claims too: count what the API says is public now.
  const { total } = await (await request.get('/api/v1/claims')).json();
  expect(total).toBeGreaterThanOrEqual(published.length);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/claims');
  await expect(page.getByRole('status')).toHaveText(`${total} checks.`);
  await page.getByLabel('Search').fill('145 civilians');
  await page.getByRole('button', { name: 'Show checks' }).click();
  await expect(page).toHaveURL(/q=145\+civilians/);
  await expect(page.getByRole('status')).toHaveText('1 check match.');
  await expect(page.getByRole('heading', { level: 2, name: editorial.claims[claimSlug].statement })).toBeVisible();

  const pages = Math.ceil(total / 2);
  await page.goto('/claims?perPage=2');
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText(`Page 1 of ${pages}`);
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText(`Page 2 of ${pages}`);
  await expect(page.getByRole('listitem')).not.toHaveCount(0);

  await page.goto('/claims?kind=quote');
  await expect(page.getByRole('status')).toHaveText('No checks match these filters.');
  await page.goto('/claims?kind=nonsense');
  await expect(page.getByRole('alert')).toContainText('These filters are not valid');

  // The claim page's content is all in the server's HTML.
  await page.goto(claimPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(editorial.claims[claimSlug].statement);
  await expect(page.getByRole('table', { name: 'The figures in this claim' })).toBeVisible();
  await page.goto(articlePath);
  await expect(page.locator('mark')).not.toHaveCount(0);
  await context.close();
});

test('unknown and unpublished slugs answer a clean 404', async ({ page, request }) => {
  for (const path of [
    '/claims/no-such-claim',
    '/claims/kerry-both-sides-quote',
    '/articles/no-such-article',
    '/comparisons/deaths-in-government-held-aleppo',
    '/comparisons/No_Such',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  expect((await request.get('/embed/claims/kerry-both-sides-quote')).status()).toBe(404);
  const api = await request.get('/api/v1/claims/kerry-both-sides-quote');
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: { code: 'not_found', message: 'No published check has this slug.' } });
});

test('only the embed may be framed by other sites', async ({ request }) => {
  const embed = await request.get(`/embed/claims/${claimSlug}`);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(await embed.text()).toContain('Demonstration check, not a real verdict');
  for (const path of ['/', claimPath, articlePath, '/claims', '/login', '/api/v1/claims']) {
    const response = await request.get(path);
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

test('an embed card in another page shows the verdict and links to the full check', async ({ page, baseURL }) => {
  // A page of another site frames the card: a server of its own on another loopback port
  // (Chromium lets only local pages frame a local address).
  const host = http.createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(
      `<!doctype html><title>Host</title><iframe src="${baseURL}/embed/claims/${claimSlug}" title="Fact check"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    const card = page.frameLocator('iframe');
    await expect(card.getByRole('heading', { level: 1 })).toHaveText(editorial.claims[claimSlug].statement);
    await expect(card.getByText('Our verdict: Unverified')).toBeVisible();
    await expect(card.getByRole('link', { name: /Read the full check/ })).toHaveAttribute(
      'href',
      `http://localhost:3000${claimPath}`,
    );
  } finally {
    host.close();
  }
});
