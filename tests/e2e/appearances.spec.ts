import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadDemoInput } from '@/prisma/seed/demo';
import { loginAs } from './fixtures';
import { jsonLdBlocks } from './public-helpers';

// Issue 17: a second article repeats a published figure; the import page shows the existing
// check, the reviewer links it, and readers find both articles on the one check.
const { editorial, labels } = loadDemoInput();
const slug = 'sohr-145-airstrikes';
const statement = editorial.claims[slug]!.statement;
const tag = `app${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const title = `Aleppo air strikes, second report ${tag}`;
const body = [
  `Residents of Aleppo spent another night in shelters. ${tag}`,
  'The Syrian Observatory for Human Rights said 145 civilians had been killed by air strikes on rebel-held districts of Aleppo over the past ten days.',
].join('\n\n');

test('a repeated figure is linked to the existing check, and readers see both articles on it', async ({
  page,
  browser,
}) => {
  await loginAs(page, 'reviewer');
  await page.goto('/review/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Publisher').fill('The Test Wire');
  await page.getByLabel('Address (http or https, optional)').fill(`https://wire.example/${tag}`);
  await page.getByLabel('Article text').fill(body);
  await page.getByRole('button', { name: 'Import and find claims' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const proposal = page.getByTestId('proposal').filter({ hasText: '145 civilians' });
  const match = proposal.getByTestId('proposal-match');
  // The Observatory's other count of that week ("at least 100" by shelling) may be offered too.
  const check = match.locator('div.border-t').filter({ has: page.getByRole('link', { name: statement }) });
  await expect(check).toContainText('Stage: Published');
  await expect(check).toContainText('Matched on the same figure from the same primary source.');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await check.getByRole('button', { name: 'Link as an appearance of this check' }).click();
  // The span is taken now: the proposal goes, and the article's claims list the check.
  await expect(proposal).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('proposal').filter({ hasText: '145 civilians' })).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'repeated here' })).toContainText(statement);

  // Readers, with no script: the claim page lists both articles, its ClaimReview too.
  const reader = await browser.newContext({ javaScriptEnabled: false });
  const pub = await reader.newPage();
  await pub.goto(`/claims/${slug}`);
  const also = pub.getByTestId('appearances');
  await expect(also).toContainText('The Test Wire');
  await expect(pub.getByTestId('independent-sources')).toContainText('1 independent primary source.');
  const review = (await jsonLdBlocks(pub)).find((b) => b['@type'] === 'ClaimReview') as {
    itemReviewed: { appearance: { headline: string; url: string }[]; firstAppearance: { headline: string } };
  };
  expect(review.itemReviewed.firstAppearance.headline).toBe(labels.article.title);
  expect(review.itemReviewed.appearance.map((a) => a.headline)).toEqual([
    review.itemReviewed.firstAppearance.headline,
    title,
  ]);
  expect(review.itemReviewed.appearance[1]!.url).toBe(`https://wire.example/${tag}`);

  // The new article's annotated page links its span to the same check.
  await also.getByRole('link', { name: title }).click();
  await expect(pub.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const link = pub.getByRole('region', { name: 'The article' }).getByRole('link', { name: statement });
  await expect(link).toHaveAttribute('href', `/claims/${slug}`);
  await reader.close();

  // axe needs a page that runs its script: the same claim page, read with JavaScript on.
  await page.goto(`/claims/${slug}`);
  await expect(page.getByTestId('appearances')).toContainText('The Test Wire');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
