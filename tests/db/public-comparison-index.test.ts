import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getPublicArticle } from '@/lib/publishing/articles';
import { parseComparisonFilters } from '@/lib/publishing/filters';
import { listComparisonSources, listPublicComparisons } from '@/lib/publishing/list';
import type { Stage } from '@/lib/generated/prisma/enums';
import { createFigure } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

// The public comparison index (/comparisons and GET /api/v1/comparisons).
beforeEach(() => resetDb());

/** A comparison at `stage` of one new figure per place, each from its own source. */
async function comparison(slug: string, stage: Stage, places: string[], publishedAt: Date | null = null) {
  const figures = [];
  for (const place of places) figures.push(await createFigure({ place }));
  await db.comparison.create({
    data: {
      slug,
      question: `Question of ${slug}`,
      stage,
      publishedAt,
      members: { create: figures.map((f, position) => ({ figureId: f.id, position })) },
    },
  });
  return figures;
}

const day = (n: number) => new Date(Date.UTC(2026, 10, n));

describe('the comparison index', () => {
  it('lists published and retracted comparisons, newest first, and never a draft or one in review', async () => {
    await comparison('older', 'published', ['Aleppo'], day(1));
    await comparison('newer', 'published', ['Idlib', 'Aleppo'], day(3));
    await comparison('withdrawn', 'retracted', ['Homs'], day(2));
    await comparison('a-draft', 'draft', ['Aleppo']);
    await comparison('in-review', 'in_review', ['Aleppo']);
    await comparison('approved', 'approved', ['Aleppo']);

    const page = await listPublicComparisons();
    expect(page.comparisons.map((c) => c.slug)).toEqual(['newer', 'withdrawn', 'older']);
    expect(page.total).toBe(3);
    expect(page.comparisons[0]).toMatchObject({
      question: 'Question of newer',
      status: 'published',
      places: ['Idlib', 'Aleppo'],
      figureCount: 2,
      publishedAt: day(3).toISOString(),
    });
    expect(page.comparisons[0]!.sources).toHaveLength(2);
    expect(page.comparisons[1]!.status).toBe('retracted');
  });

  it('finds comparisons by a place of their figures and by a source of them, and pages', async () => {
    const [aleppo] = await comparison('aleppo-east', 'published', ['East Aleppo', 'Idlib'], day(2));
    await comparison('homs', 'published', ['Homs'], day(3));
    const draft = await comparison('aleppo-draft', 'draft', ['aleppo city']);

    expect((await listPublicComparisons({ place: 'ALEPPO' })).comparisons.map((c) => c.slug)).toEqual(['aleppo-east']);
    expect((await listPublicComparisons({ place: '%' })).total).toBe(0); // a wildcard is just a character
    const source = await db.source.findFirstOrThrow({
      where: { claims: { some: { figures: { some: { id: aleppo!.id } } } } },
    });
    expect((await listPublicComparisons({ source: source.slug })).comparisons.map((c) => c.slug)).toEqual([
      'aleppo-east',
    ]);
    expect((await listPublicComparisons({ source: source.slug, place: 'Homs' })).total).toBe(0);

    // The source filter offers only sources with figures in a public comparison.
    const offered = (await listComparisonSources()).map((s) => s.slug);
    expect(offered).toContain(source.slug);
    expect(offered).toHaveLength(3);
    const draftSource = await db.source.findFirstOrThrow({
      where: { claims: { some: { figures: { some: { id: draft[0]!.id } } } } },
    });
    expect(offered).not.toContain(draftSource.slug);
    expect((await listPublicComparisons({ source: draftSource.slug })).total).toBe(0);

    const first = await listPublicComparisons({ perPage: 1 });
    const second = await listPublicComparisons({ perPage: 1, page: 2 });
    expect(first).toMatchObject({ total: 2, totalPages: 2 });
    expect([...first.comparisons, ...second.comparisons].map((c) => c.slug)).toEqual(['homs', 'aleppo-east']);
  });

  it('rejects filters that are not valid and ignores empty ones', () => {
    expect(parseComparisonFilters(new URLSearchParams('place=&source=')).success).toBe(true);
    expect(parseComparisonFilters(new URLSearchParams('source=Not A Slug')).success).toBe(false);
    expect(parseComparisonFilters(new URLSearchParams(`place=${'x'.repeat(201)}`)).success).toBe(false);
    expect(parseComparisonFilters(new URLSearchParams('perPage=1000')).success).toBe(false);
  });
});

describe('an article page', () => {
  it('links the public comparisons that hold figures of its public claims', async () => {
    const [figure] = await comparison('with-its-figure', 'published', ['Aleppo'], day(1));
    await comparison('draft-with-its-figure', 'draft', ['Aleppo']);
    const claim = await db.claim.findUniqueOrThrow({ where: { id: figure!.claimId }, include: { article: true } });
    await db.comparisonMember.create({
      data: {
        comparisonId: (await db.comparison.findUniqueOrThrow({ where: { slug: 'draft-with-its-figure' } })).id,
        figureId: figure!.id,
      },
    });
    await db.claim.update({ where: { id: claim.id }, data: { stage: 'published', publishedAt: day(1) } });
    const article = (await getPublicArticle(claim.article.slug))!;
    expect(article.comparisons).toEqual([
      { slug: 'with-its-figure', question: 'Question of with-its-figure', status: 'published' },
    ]);
  });
});
