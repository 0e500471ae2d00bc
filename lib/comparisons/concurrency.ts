import { lastChange } from '@/lib/claims/concurrency';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

// A comparison's saves name the version they were based on, like a claim's
// (lib/claims/concurrency.ts): a stale one is refused with who changed it and when.

type Comparison = Prisma.ComparisonGetPayload<object>;

/** Applies `data` only if the comparison is still at `version`; bumps the version. */
export async function updateComparisonAtVersion(
  tx: DbTx,
  comparisonId: string,
  version: number,
  data: Prisma.ComparisonUncheckedUpdateManyInput,
) {
  const { count } = await tx.comparison.updateMany({
    where: { id: comparisonId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const comparison = await tx.comparison.findUnique({ where: { id: comparisonId } });
    throw comparison ? await staleComparison(tx, comparison) : comparisonGone();
  }
}

export async function staleComparison(tx: DbTx, comparison: Comparison) {
  const { who, message } = await lastChange(tx, 'comparison', comparison.id, comparison.updatedAt);
  return new AppError('conflict', {
    userMessage: message,
    details: {
      version: comparison.version,
      changedBy: who,
      saved: {
        question: comparison.question,
        reviewerReading: comparison.reviewerReading,
        reviewerNote: comparison.reviewerNote ?? '',
        stage: comparison.stage,
      },
    },
  });
}

export function comparisonGone() {
  return new AppError('not_found', { userMessage: 'This comparison no longer exists.' });
}
