import type { Prisma } from '@/lib/generated/prisma/client';
import { publicStages } from '@/lib/workflow/stages';

// What a reader may see, in one place. Every public query starts from these filters and
// selects its columns by name, so comments, internal notes, the verdict's internal reason
// and the people who did the work are never read, let alone shown.

export const publicClaimWhere = { stage: { in: publicStages } } satisfies Prisma.ClaimWhereInput;

export const publicComparisonWhere = { stage: { in: publicStages } } satisfies Prisma.ComparisonWhereInput;

/** Evidence marked public that has not been removed. */
export const publicEvidenceWhere = { isPublic: true, removedAt: null } satisfies Prisma.EvidenceWhereInput;

/** An article is public once one of its claims is, or once it repeats a public claim (an appearance). */
export const publicArticleWhere = {
  OR: [{ claims: { some: publicClaimWhere } }, { appearances: { some: { claim: publicClaimWhere } } }],
} satisfies Prisma.ArticleWhereInput;

/** The audit actions whose public notes readers see as the claim's history. */
export const publicHistoryActions = ['claim.publish', 'claim.correct', 'claim.retract'] as const;

/** The audit actions whose public notes readers see on a comparison. */
export const publicComparisonNoticeActions = ['comparison.correct', 'comparison.retract'] as const;
