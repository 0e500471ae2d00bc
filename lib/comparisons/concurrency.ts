import type { DbTx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { nextVersion, staleSave } from '@/lib/workflow/versions';

type ComparisonData = Prisma.ComparisonUncheckedUpdateManyInput;

/** Applies `data` only if the comparison is still at `version`; bumps the version (lib/workflow/versions.ts). */
export async function updateComparisonAtVersion(tx: DbTx, comparisonId: string, version: number, data: ComparisonData) {
  const { count } = await tx.comparison.updateMany({ where: { id: comparisonId, version }, data: nextVersion(data) });
  if (count === 0) throw await staleSave(tx, 'comparison', comparisonId);
}
