import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getPublicArticle, HOME_ARTICLES, listHomeArticles } from '@/lib/publishing/articles';
import { getPublicClaim } from '@/lib/publishing/claim';
import { getPublicComparison } from '@/lib/publishing/comparison';
import { parseClaimFilters } from '@/lib/publishing/filters';
import { listFilterOptions, listPublicClaims } from '@/lib/publishing/list';
import { segmentArticle } from '@/lib/publishing/segments';
import { loadDemoInput, seedDemo } from '@/prisma/seed/demo';
import { createArticle, createClaim } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// The public read model on the demo data: what each public page is built from.
const { editorial } = loadDemoInput();
const published = editorial.demo.publishClaims;

beforeAll(async () => {
  await resetDb();
  await seedDemo(db);
});

describe('the claim index', () => {
  it('lists exactly the published demo claims, newest first, with their verdict and claimant', async () => {
    const page = await listPublicClaims();
    expect(page.total).toBe(published.length);
    expect(page.claims.map((c) => c.slug).sort()).toEqual([...published].sort());
    for (const claim of page.claims) {
      expect(claim).toMatchObject({ status: 'published', demo: true, verdict: { key: 'unverified', ratingValue: 3 } });
      expect(claim.claimant?.name).toBeTruthy();
    }
  });

  it('filters by verdict, claimant, kind and text, and pages through the results', async () => {
    const sohr = 'syrian-observatory-for-human-rights';
    const bySource = await listPublicClaims({ claimant: sohr });
    expect(bySource.claims.length).toBeGreaterThan(0);
    expect(bySource.claims.every((c) => c.claimant?.slug === sohr)).toBe(true);
    expect((await listPublicClaims({ verdict: 'false' })).total).toBe(0);
    expect((await listPublicClaims({ kind: 'quote' })).total).toBe(0);
    expect((await listPublicClaims({ kind: 'casualty' })).total).toBe(published.length);
    const search = await listPublicClaims({ q: 'AIR STRIKES' });
    expect(search.claims.map((c) => c.slug)).toContain('sohr-145-airstrikes');
    expect((await listPublicClaims({ q: '%' })).total).toBe(0); // a wildcard is just a character

    const first = await listPublicClaims({ perPage: 2 });
    const second = await listPublicClaims({ perPage: 2, page: 2 });
    expect(first.totalPages).toBe(Math.ceil(published.length / 2));
    expect(new Set([...first.claims, ...second.claims].map((c) => c.slug)).size).toBe(4);
  });

  it('offers only the verdicts and claimants that have public claims', async () => {
    const options = await listFilterOptions();
    expect(options.verdicts.map((v) => v.key)).toEqual(['unverified']);
    expect(options.claimants.map((c) => c.name)).not.toContain('John Kerry');
  });

  it('rejects filters that are not valid and ignores empty ones', () => {
    expect(parseClaimFilters(new URLSearchParams('verdict=&kind=&q=')).success).toBe(true);
    expect(parseClaimFilters(new URLSearchParams('kind=opinion')).success).toBe(false);
    expect(parseClaimFilters(new URLSearchParams('page=0')).success).toBe(false);
    expect(parseClaimFilters(new URLSearchParams('perPage=1000')).success).toBe(false);
  });
});

describe('a claim page', () => {
  it('has the quote, claimant, attribution, figures, comparisons and history of a published claim', async () => {
    const claim = (await getPublicClaim('sohr-145-airstrikes'))!;
    expect(claim.quote).toMatch(/145/);
    expect(claim.claimant).toMatchObject({ name: 'Syrian Observatory for Human Rights', isPerson: false });
    expect(claim.attribution).toBeTruthy();
    expect(claim.explanation).toBe(editorial.demo.explanation);
    expect(claim.figures).toEqual([
      expect.objectContaining({ min: 145, max: 145, qualifier: 'exact', cause: 'air strikes', partOf: null }),
    ]);
    expect(claim.comparisons.map((c) => c.slug)).toEqual(['sohr-breakdown']);
    expect(claim.history).toEqual([expect.objectContaining({ kind: 'published', verdictAfter: null })]);
    expect(claim.publishedAt).toBe(claim.updatedAt);
  });

  it('is null for a draft, and for a slug that does not exist', async () => {
    expect(await getPublicClaim('kerry-both-sides-quote')).toBeNull();
    expect(await getPublicClaim('no-such-claim')).toBeNull();
  });
});

describe('the annotated article', () => {
  it('carries only the published claims, each at its span of the body', async () => {
    const article = (await getPublicArticle(editorial.articleSlug))!;
    expect(article.claims.map((c) => c.slug).sort()).toEqual([...published].sort());
    const paragraphs = segmentArticle(
      article.body,
      article.claims.map((c) => ({ key: c.slug, start: c.spanStart, end: c.spanEnd })),
    );
    for (const claim of article.claims) {
      const runs = paragraphs.flat().filter((s) => s.keys.includes(claim.slug));
      expect(runs.map((s) => s.text).join('')).toBe(article.body.slice(claim.spanStart, claim.spanEnd));
      expect(runs[0].starts).toContain(claim.slug);
      expect(runs.at(-1)!.ends).toContain(claim.slug);
    }
  });

  it('is null for an article with nothing published', async () => {
    const draft = await db.article.create({ data: { slug: 'draft-only', title: 'Draft', publisher: 'X', body: 'B' } });
    expect(await getPublicArticle(draft.slug)).toBeNull();
    expect((await listHomeArticles()).map((a) => a.slug)).toEqual([editorial.articleSlug]);
  });

  it('on the home page lists every claim, but a slug and verdict only for published ones', async () => {
    const [article] = await listHomeArticles();
    expect(article.claims).toHaveLength(28);
    expect(
      article.claims
        .filter((c) => c.check)
        .map((c) => c.check!.slug)
        .sort(),
    ).toEqual([...published].sort());
  });
});

describe('a comparison page', () => {
  it('shows each member figure and the automatic reading of a published comparison', async () => {
    const comparison = (await getPublicComparison('aleppo-civilian-deaths-10-days'))!;
    expect(comparison.demo).toBe(true);
    expect(comparison.members.map((m) => m.source)).toEqual([
      'Syrian Observatory for Human Rights',
      'Activists',
      'Al Jazeera',
    ]);
    expect(comparison.automatic.reading).toBe('consistent');
    expect(comparison.automatic.reasons.length).toBeGreaterThan(0);
    // sohr-250-civilians is not published: its figure is shown, its claim page is not linked.
    expect(comparison.members[0].claimSlug).toBeNull();
    expect(comparison.members[1].claimSlug).toBe('activists-200-civilians');
  });

  it('is null while the comparison is a draft', async () => {
    expect(await getPublicComparison('deaths-in-government-held-aleppo')).toBeNull();
  });
});

describe('the home page', () => {
  it('shows only the newest articles with published checks, however large the archive', async () => {
    const newest = [];
    for (let i = 0; i < HOME_ARTICLES + 2; i++) {
      const article = await createArticle({ createdAt: new Date(Date.UTC(2030, 0, 1 + i)) });
      await createClaim({ articleId: article.id, stage: 'published', publishedAt: new Date() });
      newest.unshift(article.slug);
    }
    const home = await listHomeArticles();
    expect(home.map((a) => a.slug)).toEqual(newest.slice(0, HOME_ARTICLES));
    expect(home.map((a) => a.slug)).not.toContain(editorial.articleSlug);
  });
});
