import { format } from 'date-fns';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

// No lost work: every save names the version it was based on. If someone saved in
// between, the save is refused with who changed it and when, and what they saved, so the
// form can keep the user's text beside it.

/** Applies `data` only if the claim is still at `version`; bumps the version. */
export async function updateAtVersion(
  tx: DbTx,
  claimId: string,
  version: number,
  data: Prisma.ClaimUncheckedUpdateManyInput,
) {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw await staleSave(tx, claimId);
}

async function staleSave(tx: DbTx, claimId: string): Promise<AppError> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    include: { claimant: { select: { name: true } }, assignee: { select: { name: true } } },
  });
  if (!claim) return new AppError('not_found', { userMessage: 'This claim no longer exists.' });
  const { who, message } = await lastChange(tx, 'claim', claimId, claim.updatedAt);
  return new AppError('conflict', {
    userMessage: message,
    details: {
      version: claim.version,
      changedBy: who,
      saved: {
        statement: claim.statement,
        kind: claim.kind,
        claimant: claim.claimant?.name ?? '',
        attribution: claim.attribution ?? '',
        assignee: claim.assignee?.name ?? '',
        internalNotes: claim.internalNotes ?? '',
        verdict: claim.verdictKey,
        stage: claim.stage,
      },
    },
  });
}

/** Who made the last recorded change to an item, and the "changed by NAME at TIME" message. */
export async function lastChange(tx: DbTx, entityType: 'claim' | 'comparison', entityId: string, updatedAt: Date) {
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId },
    orderBy: { createdAt: 'desc' },
    include: { actor: { select: { name: true } } },
  });
  const who = last?.actor?.name ?? 'someone else';
  const when = format(last?.createdAt ?? updatedAt, "d MMM yyyy 'at' HH:mm");
  return {
    who,
    message: `This ${entityType} was changed by ${who} at ${when} (UTC) while you were editing. Your text is still in the form; compare it with the saved version before saving again.`,
  };
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
