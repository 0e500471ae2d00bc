import type { DbTx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { nextVersion, staleSave } from '@/lib/workflow/versions';

type ClaimData = Prisma.ClaimUncheckedUpdateManyInput;

/** Applies `data` only if the claim is still at `version`; bumps the version (lib/workflow/versions.ts). */
export async function updateAtVersion(tx: DbTx, claimId: string, version: number, data: ClaimData) {
  // A new quote's words are read again for matching's prefilter (lib/claims/matching.ts).
  const reread = data.quote === undefined ? data : { ...data, quoteTerms: [] };
  const { count } = await tx.claim.updateMany({ where: { id: claimId, version }, data: nextVersion(reread) });
  if (count === 0) throw await staleSave(tx, 'claim', claimId);
}

/** The fields whose values differ, as before/after maps for the audit trail. */
export function changes<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value !== undefined && value !== before[key]) {
      b[key] = before[key] ?? null;
      a[key] = value;
    }
  }
  return { before: b, after: a, changed: Object.keys(a) };
}
