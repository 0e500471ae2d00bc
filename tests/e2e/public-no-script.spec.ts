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
  `/report?page=/claims/${claim}`,
  `/report?page=/claims/${claim}&sent=1`,
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

test("Next's client-router requests get the page itself, and other methods than GET get 405", async ({ request }) => {
  for (const path of [`/claims/${claim}`, '/claims?kind=casualty']) {
    const plain = await request.get(path);
    const etag = plain.headers()['etag'];
    // No router runs on these pages: `RSC: 1` once answered a 307, then a payload rendered per request.
    for (const headers of [{ RSC: '1' }, { RSC: '1', 'Next-Router-Prefetch': '1' }] as Record<string, string>[]) {
      const router = await request.get(path, { headers, maxRedirects: 0 });
      expect(router.status(), `${path} ${JSON.stringify(headers)}`).toBe(200);
      expect(router.headers()['content-type'], path).toMatch(/^text\/html/);
      expect(router.headers()['etag'], path).toBe(etag);
    }
    const withRsc = await request.get(`${path}${path.includes('?') ? '&' : '?'}_rsc=abc`, { maxRedirects: 0 });
    expect(withRsc.status(), path).toBe(200);
    expect(withRsc.headers()['etag'], path).toBe(etag);

    // The pages have no form that posts: a POST once answered the page, with scripts, 200.
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const other = await request.fetch(path, { method, data: 'x=1', maxRedirects: 0 });
      expect(other.status(), `${method} ${path}`).toBe(405);
      expect(other.headers()['allow'], `${method} ${path}`).toBe('GET, HEAD');
      expect(await other.text(), `${method} ${path}`).not.toMatch(/<script\b/);
    }
  }
});
