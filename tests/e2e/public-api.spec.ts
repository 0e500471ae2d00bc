import { expect, test } from '@playwright/test';
import { loadDemoInput } from '@/prisma/seed/demo';
import { fetchText } from './public-helpers';

// The machine-readable side: the JSON API (docs/api.md) and the RSS feed.
const { editorial } = loadDemoInput();
const published = editorial.demo.publishClaims;

test('GET /api/v1/claims lists the published checks, open to other origins', async ({ request }) => {
  const response = await request.get('/api/v1/claims', { headers: { Origin: 'https://news.example' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const body = await response.json();
  expect(body).toMatchObject({ page: 1, perPage: 20, total: body.data.length, totalPages: 1 });
  // Other browser tests may have published more by now; the demo's are all there.
  expect(body.data.map((c: { slug: string }) => c.slug)).toEqual(expect.arrayContaining(published));
  for (const claim of body.data.filter((c: { slug: string }) => published.includes(c.slug))) {
    expect(claim).toMatchObject({
      status: 'published',
      demo: true,
      demoNotice: expect.stringContaining('demo data'),
      verdict: { key: 'unverified', label: 'Unverified', ratingValue: 3, bestRating: 5, worstRating: 1 },
      url: `http://localhost:3000/claims/${claim.slug}`,
    });
  }

  const preflight = await request.fetch('/api/v1/claims', { method: 'OPTIONS' });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-methods']).toBe('GET, OPTIONS');
});

test('a repeated request is answered 304 by its ETag, and caches keep answers briefly', async ({ request }) => {
  for (const path of [
    '/api/v1/claims',
    '/api/v1/comparisons',
    `/api/v1/claims/${published[0]}`,
    '/feed.xml',
    `/embed/claims/${published[0]}`,
  ]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const etag = first.headers()['etag'];
    expect(etag, path).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers()['cache-control'], path).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
    const again = await request.get(path, { headers: { 'If-None-Match': etag } });
    expect(again.status(), path).toBe(304);
    expect(await again.body(), path).toHaveLength(0);
    expect((await request.get(path, { headers: { 'If-None-Match': 'W/"stale"' } })).status(), path).toBe(200);
  }
});

test('the list filters and pages, and says what is wrong with a bad query', async ({ request }) => {
  const get = async (query: string) => (await request.get(`/api/v1/claims?${query}`)).json();
  const sohr = await get('claimant=syrian-observatory-for-human-rights');
  expect(sohr.total).toBeGreaterThan(0);
  expect(sohr.data.every((c: { claimant: { name: string } }) => c.claimant.name.startsWith('Syrian Observatory'))).toBe(
    true,
  );
  expect((await get('verdict=false')).total).toBe(0);
  expect((await get('kind=casualty&q=HOMEMADE%20ROCKETS')).data.map((c: { slug: string }) => c.slug)).toEqual([
    'sohr-100-shelling',
  ]);

  const first = await get('perPage=3');
  expect(first.links.next).toBe('http://localhost:3000/api/v1/claims?page=2&perPage=3');
  const second = await (await request.get(first.links.next.replace('http://localhost:3000', ''))).json();
  expect(second.links.prev).toBe('http://localhost:3000/api/v1/claims?perPage=3');
  expect(second.page).toBe(2);
  const slugs = [...first.data, ...second.data].map((c: { slug: string }) => c.slug);
  expect(new Set(slugs).size).toBe(Math.min(6, first.total));

  const bad = await request.get('/api/v1/claims?kind=opinion&perPage=500');
  expect(bad.status()).toBe(422);
  const error = (await bad.json()).error;
  expect(error.code).toBe('invalid_input');
  expect(error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(['kind', 'perPage']);
});

test('GET /api/v1/claims/[slug] has the whole public check', async ({ request }) => {
  const response = await request.get('/api/v1/claims/sohr-100-shelling');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const { data } = await response.json();
  expect(data).toMatchObject({
    slug: 'sohr-100-shelling',
    statement: editorial.claims['sohr-100-shelling'].statement,
    attribution: editorial.claims['sohr-100-shelling'].attribution,
    explanation: editorial.demo.explanation,
    quoteUrl: `http://localhost:3000/articles/${editorial.articleSlug}#claim-sohr-100-shelling`,
    claimant: { name: 'Syrian Observatory for Human Rights', type: 'Organization' },
    figures: [{ min: 100, max: null, qualifier: 'at least', victimGroup: 'civilians', outcome: 'killed' }],
    evidence: [],
    comparisons: [{ slug: 'sohr-breakdown', url: 'http://localhost:3000/comparisons/sohr-breakdown' }],
    history: [{ kind: 'published' }],
  });
});

test('the RSS feed is well-formed RSS 2.0 with one labelled item per published check and comparison', async ({
  page,
  request,
}) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const xml = await fetchText(request, '/feed.xml');
  await page.goto('/');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      version: doc.documentElement.getAttribute('version'),
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
        guid: item.querySelector('guid')?.textContent ?? '',
        pubDate: item.querySelector('pubDate')?.textContent ?? '',
      })),
    };
  }, xml);
  expect(feed.error).toBeNull();
  expect(feed.version).toBe('2.0');
  // One item per published check and per published comparison.
  const { total } = await (await request.get('/api/v1/claims')).json();
  const comparisons = await (await request.get('/api/v1/comparisons')).json();
  expect(feed.items).toHaveLength(total + comparisons.total);
  expect(feed.items.filter((i) => i.link.includes('/comparisons/'))).toHaveLength(comparisons.total);
  const demo = feed.items.filter((i) => published.includes(i.link.replace('http://localhost:3000/claims/', '')));
  expect(demo).toHaveLength(published.length);
  for (const item of demo) expect(item.title).toMatch(/^\[Demonstration\] Unverified: /);
  for (const item of feed.items) {
    expect(item.guid).toBe(item.link);
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
  }
});
