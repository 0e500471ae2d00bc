import 'server-only';
import { db } from '@/lib/db';
import { containsText } from '@/lib/db/text-search';
import { primarySources } from '@/lib/claims/appearance-sources';
import { readComparison } from '@/lib/figures';
import type { Stage } from '@/lib/generated/prisma/enums';
import { isRecordId } from '@/lib/validation-text';
import { readOverTime } from './over-time';

// What the review side shows of comparisons: the list, one comparison with everything
// internal (its members' claims at any stage, who set the reading, the full history), and
// the figures a reviewer can add to it.

export async function listComparisons(stage?: Stage) {
  return db.comparison.findMany({
    where: stage ? { stage } : {},
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: {
      id: true,
      question: true,
      stage: true,
      reviewerReading: true,
      updatedAt: true,
      demo: true,
      _count: { select: { members: true } },
    },
  });
}

export async function loadComparison(comparisonId: string) {
  if (!isRecordId(comparisonId)) return null;
  const comparison = await db.comparison.findUnique({
    where: { id: comparisonId },
    include: {
      readingSetBy: { select: { id: true, name: true } },
      corrections: { where: { status: 'pending' }, include: { preparedBy: { select: { name: true } } } },
      members: {
        orderBy: [{ position: 'asc' }, { figureId: 'asc' }],
        include: {
          figure: {
            include: {
              claim: {
                select: {
                  id: true,
                  statement: true,
                  stage: true,
                  claimantId: true,
                  claimant: { select: { name: true } },
                  article: { select: { title: true, publisher: true, publishedAt: true } },
                  appearances: { select: { claimantId: true, citesSourceId: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!comparison) return null;
  const history = await db.auditEvent.findMany({
    where: { entityType: 'comparison', entityId: comparisonId },
    orderBy: { createdAt: 'asc' },
    include: { actor: { select: { name: true } } },
  });
  const figures = comparison.members.map(({ figure: f }) => ({
    ...f,
    period: f.periodText,
    source: f.claim.claimant?.name ?? 'Unattributed',
    // The figure's days as ISO text: how lib/comparisons/over-time.ts reads them.
    periodEnd: f.periodEnd?.toISOString() ?? null,
    reportedAt: f.claim.article.publishedAt?.toISOString() ?? null,
    primarySources: primarySources([{ claimantId: f.claim.claimantId }, ...f.claim.appearances]),
  }));
  return {
    comparison,
    figures,
    automatic: readComparison(figures),
    overTime: readOverTime(figures),
    history,
  };
}

export type LoadedComparison = NonNullable<Awaited<ReturnType<typeof loadComparison>>>;

/**
 * Figures a reviewer may add: any claim's, from any article, matched on the claim's
 * statement or quote, its claimant, the article's title, or the figure's own words.
 */
export async function searchFigures(text: string, excludeIds: string[], take = 20) {
  const q = containsText(text);
  return db.figure.findMany({
    where: {
      id: { notIn: excludeIds },
      OR: [
        { victimGroup: q },
        { place: q },
        { periodText: q },
        { cause: q },
        { claim: { statement: q } },
        { claim: { quote: q } },
        { claim: { claimant: { name: q } } },
        { claim: { article: { title: q } } },
      ],
    },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take,
    include: {
      claim: {
        select: {
          id: true,
          statement: true,
          claimant: { select: { name: true } },
          article: { select: { title: true } },
        },
      },
    },
  });
}
