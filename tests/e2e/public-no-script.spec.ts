import { expect, test } from '@playwright/test';
import { loadDemoInput } from '@/prisma/seed/demo';

// Public pages are HTML and CSS only (docs/decisions/017): served whole, with
// `script-src 'none'`, and revalidated by ETag.
const { editorial } = loadDemoInput();
const claim = editorial.demo.publishClaims[0]!;
const publicPages = [
  '/',
  '/claims',
  '/claims?kind=casualty',
  '/comparisons',
  '/comparisons?place=aleppo',
  `/claims/${claim}`,
  `/articles/${editorial.articleSlug}`,
  `/comparisons/${editorial.demo.publishComparisons[0]}`,
  `/embed/claims/${claim}`,
];

test('public pages load no script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of publicPages) {
    for (const visit of ['rendered', 'served whole']) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} ${visit}`).toBe(200);
      const tags = [...(await response!.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(
        tags.filter((tag) => !tag.includes('application/ld+json')),
        `${path} ${visit}`,
      ).toEqual([]);
      expect(scripts, `${path} ${visit}`).toEqual([]);
    }
  }
  // The JSON-LD stays, as data.
  await page.goto(`/claims/${claim}`);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
});

test('a repeated request is answered 304 by its ETag', async ({ request }) => {
  for (const path of publicPages) {
    const first = await request.get(path);
    const etag = first.headers()['etag']!;
    expect(etag, path).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers()['cache-control'], path).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
    const again = await request.get(path, { headers: { 'If-None-Match': etag } });
    expect(again.status(), path).toBe(304);
    expect(await again.body(), path).toHaveLength(0);
    expect(again.headers()['etag'], path).toBe(etag);
  }
});

test('a missing check answers a whole 404 page, with no script', async ({ page }) => {
  const response = await page.goto('/claims/no-such-check');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect(await response!.text()).not.toMatch(/<script\b/);
});
