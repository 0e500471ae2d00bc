import 'server-only';
import { db } from '@/lib/db';
import type { Stage } from '@/lib/generated/prisma/enums';
import { stageOrder } from '@/lib/workflow/stages';

/** How many claims are at each stage, every stage present (zero included). */
export async function countClaimsByStage(): Promise<Record<Stage, number>> {
  const rows = await db.claim.groupBy({ by: ['stage'], _count: { _all: true } });
  const counts = Object.fromEntries(stageOrder.map((s) => [s, 0])) as Record<Stage, number>;
  for (const row of rows) counts[row.stage] = row._count._all;
  return counts;
}
