import { beforeAll, describe, expect, it } from 'vitest';
import { loadComparison } from '@/lib/comparisons/queries';
import { db } from '@/lib/db';
import { getPublicComparison } from '@/lib/publishing/comparison';
import { ensureDefaultVerdicts } from '@/lib/verdicts';
import { createArticle, createClaim, createFigure } from '@/tests/factories';

// The days a comparison's figures cover are read with them, on the public page and in the
// review workspace: the period's end when set, else the day its article was published, and
// the automatic reading says when one source's later count fell below its earlier one.

async function figureOn(claimantId: string, publishedAt: Date | null, extra: Parameters<typeof createFigure>[0]) {
  const article = await createArticle({ publishedAt });
  const claim = await createClaim({ articleId: article.id, claimantId });
  return createFigure({ claimId: claim.id, ...extra });
}

async function comparisonOverTime(stage: 'draft' | 'published') {
  const source = await db.source.create({
    data: { slug: `monitor-${stage}`, name: `Monitor ${stage}`, kind: 'monitoring_group', aliases: [] },
  });
  const later = await figureOn(source.id, new Date('2026-10-09T10:00:00Z'), {
    min: 180,
    max: 200,
    qualifier: 'between',
    periodEnd: new Date('2026-10-08T00:00:00Z'),
  });
  const earlier = await figureOn(source.id, new Date('2026-10-05T10:00:00Z'), { min: 251, max: null });
  const undated = await figureOn(source.id, null, { min: 300, max: null });
  return db.comparison.create({
    data: {
      slug: `over-time-${stage}`,
      question: 'Did the count move?',
      stage,
      publishedAt: stage === 'published' ? new Date() : null,
      members: {
        create: [later, earlier, undated].map((f, position) => ({ figureId: f.id, position })),
      },
    },
  });
}

const fell =
  "Monitor published's count fell: 180–200 civilians killed (period ending 8 October 2026) is below its own earlier " +
  'at least 251 civilians killed (reported 5 October 2026): check whether the source corrected its count.';

// The file's fresh database and its verdicts, made once before the tests.
beforeAll(() => ensureDefaultVerdicts(db));

describe('figures over time', () => {
  it('the public comparison carries each figure’s days and the shrinking count', async () => {
    await comparisonOverTime('published');
    const comparison = (await getPublicComparison('over-time-published'))!;
    expect(comparison.members.map((m) => [m.periodEnd, m.reportedAt])).toEqual([
      ['2026-10-08T00:00:00.000Z', '2026-10-09T10:00:00.000Z'],
      [null, '2026-10-05T10:00:00.000Z'],
      [null, null],
    ]);
    expect(comparison.overTime).toEqual({ reasons: [fell], days: 2, undated: 1 });
  });

  it('the review workspace reads the same, before publication', async () => {
    const { id } = await comparisonOverTime('draft');
    expect(await getPublicComparison('over-time-draft')).toBeNull();
    const loaded = (await loadComparison(id))!;
    expect(loaded.overTime.reasons).toEqual([fell.replace('Monitor published', 'Monitor draft')]);
    expect(loaded.overTime.days).toBe(2);
    expect(loaded.figures.map((f) => f.reportedAt)).toEqual([
      '2026-10-09T10:00:00.000Z',
      '2026-10-05T10:00:00.000Z',
      null,
    ]);
  });
});
