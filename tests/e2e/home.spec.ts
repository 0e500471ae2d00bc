import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadDemoInput } from '@/prisma/seed/demo';

const { labels, editorial } = loadDemoInput();

test('the front page lists every claim of the seeded article with its claimant, kind and verdict', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claim Tracker: fact checks');
  await expect(page.getByRole('heading', { level: 2, name: labels.article.title })).toBeVisible();

  // The latest published checks come first, each linking to its page.
  const latest = page.getByRole('region', { name: 'Latest checks' });
  await expect(latest.getByRole('article')).toHaveCount(Math.min(5, editorial.demo.publishClaims.length));
  for (const card of await latest.getByRole('article').all()) {
    const link = card.getByRole('heading').getByRole('link');
    const slug = (await link.getAttribute('href'))!.replace('/claims/', '');
    expect(editorial.demo.publishClaims).toContain(slug);
    await expect(link).toHaveText(editorial.claims[slug].statement);
  }

  // The seeded article's own section: other tests' articles may be public beside it.
  const seeded = page.getByRole('region', { name: labels.article.title });
  const claims = seeded.getByTestId('claim');
  await expect(claims).toHaveCount(labels.claims.length);

  // Each claim's quote is its exact span of the article, in reading order, with its claimant.
  const sourceName = new Map(editorial.sources.flatMap((s) => s.labels.map((l) => [l, s.name] as const)));
  const ordered = [...labels.claims].sort((a, b) => a.start - b.start);
  for (const [index, claim] of ordered.entries()) {
    const item = claims.nth(index);
    await expect(item.locator('blockquote')).toHaveText(`“${claim.text}”`);
    await expect(item).toContainText(`Claimant:${sourceName.get(claim.claimant)}`);
  }

  // Published demonstrations show their verdict and say they are demonstrations; drafts do not.
  const published = claims.filter({ hasText: 'Demonstration check' });
  await expect(published).toHaveCount(editorial.demo.publishClaims.length);
  await expect(published.first()).toContainText('Verdict:Unverified');
  await expect(claims.filter({ hasText: 'Not yet checked' })).toHaveCount(
    labels.claims.length - editorial.demo.publishClaims.length,
  );

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(page).toHaveURL('/');
});
