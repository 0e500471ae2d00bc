import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { loadDemoInput, SeedError, seedDemo, type DemoInput } from '@/prisma/seed/demo';
import { resetDb } from '@/tests/setup/reset';

beforeEach(resetDb);

async function counts() {
  const [articles, claims, figures, comparisons, sources, users, events, verdicts] = await Promise.all([
    db.article.count(),
    db.claim.count(),
    db.figure.count(),
    db.comparison.count(),
    db.source.count(),
    db.user.count(),
    db.auditEvent.count(),
    db.verdict.count(),
  ]);
  return { articles, claims, figures, comparisons, sources, users, events, verdicts };
}

function withClaim(input: DemoInput, id: string, change: Partial<DemoInput['labels']['claims'][number]>): DemoInput {
  const copy = structuredClone(input);
  const claim = copy.labels.claims.find((c) => c.id === id)!;
  Object.assign(claim, change);
  return copy;
}

describe('the demo seed', () => {
  it('loads the Aleppo article with every claim, figure, comparison, source and demo user', async () => {
    const input = loadDemoInput();
    await expect(seedDemo(db, input)).resolves.toEqual({ created: true });

    expect(await counts()).toMatchObject({
      articles: 1,
      claims: 28,
      figures: 11,
      comparisons: 3,
      sources: 13,
      users: 3,
    });
    const article = await db.article.findFirstOrThrow({ include: { claims: true } });
    expect(article.body).toBe(input.body);
    for (const claim of article.claims) {
      expect(article.body.slice(claim.spanStart, claim.spanEnd)).toBe(claim.quote);
      expect(claim.statement.length).toBeLessThanOrEqual(75);
    }

    const total = await db.figure.findFirstOrThrow({
      where: { claim: { slug: 'sohr-250-civilians' }, victimGroup: 'civilians' },
      include: { parts: { include: { claim: { select: { slug: true } } } } },
    });
    expect(total).toMatchObject({ min: 251, max: null, qualifier: 'more than' });
    expect(total.parts.map((p) => `${p.claim.slug}:${p.victimGroup}`).sort()).toEqual([
      'sohr-100-shelling:civilians',
      'sohr-145-airstrikes:civilians',
      'sohr-250-civilians:children',
      'sohr-250-civilians:women',
    ]);

    const tenDays = await db.comparison.findUniqueOrThrow({
      where: { slug: 'aleppo-civilian-deaths-10-days' },
      include: { members: { include: { figure: { include: { claim: { include: { claimant: true } } } } } } },
    });
    expect(tenDays.members.map((m) => m.figure.claim.claimant?.name).sort()).toEqual([
      'Activists',
      'Al Jazeera',
      'Syrian Observatory for Human Rights',
    ]);
  });

  it('publishes only labelled demonstrations, each set and published by two different people', async () => {
    await seedDemo(db);
    const published = await db.claim.findMany({ where: { stage: 'published' } });
    expect(published.length).toBeGreaterThan(0);
    expect(published.length).toBeLessThan(28);
    for (const claim of published) {
      expect(claim.demo).toBe(true);
      expect(claim.explanation).toMatch(/demonstration/i);
      expect(claim.verdictSetById).toBeTruthy();
      expect(claim.publishedById).toBeTruthy();
      expect(claim.publishedById).not.toBe(claim.verdictSetById);
    }
    expect(await db.claim.count({ where: { stage: 'published', demo: false } })).toBe(0);
  });

  it('is safe to run twice', async () => {
    await seedDemo(db);
    const first = await counts();
    await expect(seedDemo(db)).resolves.toEqual({ created: false });
    expect(await counts()).toEqual(first);
  });

  it('refuses a claim whose span does not match the article, naming the claim and writing nothing', async () => {
    const before = await counts();
    const broken = withClaim(loadDemoInput(), 'sohr-145-airstrikes', { start: 2058 });
    await expect(seedDemo(db, broken)).rejects.toThrow(SeedError);
    await expect(seedDemo(db, broken)).rejects.toThrow(/sohr-145-airstrikes/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a span outside the article', async () => {
    const broken = withClaim(loadDemoInput(), 'headline', { start: 5000, end: 5040 });
    await expect(seedDemo(db, broken)).rejects.toThrow(/"headline".*outside the article/);
    expect(await db.claim.count()).toBe(0);
  });

  it('rolls back everything when a write fails halfway', async () => {
    const input = loadDemoInput();
    // Two claims with one slug pass validation but break the unique index mid-transaction.
    const broken = withClaim(input, 'arab-league-meeting', { id: 'headline' });
    broken.editorial.claims.headline ??= input.editorial.claims.headline;
    const before = await counts();
    await expect(seedDemo(db, broken)).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });
});
