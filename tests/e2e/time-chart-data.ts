// The over-time chart's browser test (public-comparison-over-time.spec.ts) makes its
// comparison here, in its own server's database before the server opens it: three sources'
// figures from three days (one by the end of its period, the rest by the day their article
// was published), one figure with no date, stored out of date order; published. The tag
// (argv[2]) marks everything it makes.
import { randomUUID } from 'node:crypto';
import { runScript } from '@/lib/db/open';
import type { Prisma } from '@/lib/generated/prisma/client';

const tag = process.argv[2]!;

await runScript('over-time data', async ({ db }) => {
  const body = `Officials said 12 people were killed. ${tag}`;
  const article = (publishedAt: string | null) =>
    db.article.create({
      data: {
        slug: `over-time-${randomUUID()}`,
        title: `Over-time article ${tag}`,
        publisher: 'The Test Times',
        body,
        publishedAt: publishedAt ? new Date(publishedAt) : null,
      },
    });
  const source = (name: string) =>
    db.source.create({
      data: { slug: `over-time-${randomUUID()}`, name: `${name} ${tag}`, kind: 'monitoring_group', aliases: [] },
    });
  const [monitor, ministry, activists] = [await source('Monitor'), await source('Ministry'), await source('Activists')];
  type Made = {
    claimant: string;
    publishedAt: string | null;
    figure: Omit<Prisma.FigureUncheckedCreateInput, 'claimId' | 'outcome' | 'victimGroup'>;
  };
  const made: Made[] = [
    // The member order: not the order of the days.
    {
      claimant: monitor.id,
      publishedAt: '2026-10-05T09:00:00Z',
      figure: { min: 251, max: null, qualifier: 'more than' },
    },
    {
      claimant: ministry.id,
      publishedAt: '2026-10-08T09:00:00Z',
      figure: { min: 9, max: 9, qualifier: 'exact', place: 'eastern Aleppo' },
    },
    {
      claimant: monitor.id,
      publishedAt: '2026-10-01T09:00:00Z',
      figure: { min: 120, max: null, qualifier: 'at least' },
    },
    // Its period ended on 8 October; the article came out on the 9th: the period's end is its day.
    {
      claimant: monitor.id,
      publishedAt: '2026-10-09T09:00:00Z',
      figure: {
        min: 180,
        max: 200,
        qualifier: 'between',
        periodText: 'the week to 8 October',
        periodEnd: new Date('2026-10-08T00:00:00Z'),
      },
    },
    {
      claimant: ministry.id,
      publishedAt: '2026-10-01T09:00:00Z',
      figure: { min: 6, max: 6, qualifier: 'exact', place: 'eastern Aleppo' },
    },
    {
      claimant: activists.id,
      publishedAt: '2026-10-05T09:00:00Z',
      figure: { min: 200, max: null, qualifier: 'more than' },
    },
    // No period end and an article with no date: listed, not drawn.
    { claimant: activists.id, publishedAt: null, figure: { min: 300, max: null, qualifier: 'more than' } },
  ];
  const figureIds: string[] = [];
  for (const m of made) {
    const claim = await db.claim.create({
      data: {
        slug: `over-time-${randomUUID()}`,
        articleId: (await article(m.publishedAt)).id,
        spanStart: 0,
        spanEnd: 9,
        quote: 'Officials',
        statement: `Over-time claim ${tag}`,
        kind: 'casualty',
        claimantId: m.claimant,
      },
    });
    const figure = await db.figure.create({
      data: { claimId: claim.id, outcome: 'killed', victimGroup: 'civilians', place: 'Aleppo', ...m.figure },
    });
    figureIds.push(figure.id);
  }
  await db.comparison.create({
    data: {
      slug: `over-time-${tag}`,
      question: `How did the Aleppo counts move? ${tag}`,
      stage: 'published',
      publishedAt: new Date(),
      members: { create: figureIds.map((figureId, position) => ({ figureId, position })) },
    },
  });
});
