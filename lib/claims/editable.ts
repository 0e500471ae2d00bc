import 'server-only';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { isRecordId } from '@/lib/validation-text';

/** What the claim form shows (its explanation too, when the form has one). */
const formFields = { statement: true, kind: true, claimantId: true, attribution: true, internalNotes: true } as const;

/** The fields the claim form edits, with the version a save must name (GET /api/claims/[id]). */
export async function getEditableClaim(claimId: string, actor: ActorRef) {
  await authorize(db, actor, 'claim.edit');
  if (!isRecordId(claimId)) throw AppError.gone('claim');
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { id: true, version: true, stage: true, ...formFields, explanation: true, updatedAt: true },
  });
  if (!claim) throw AppError.gone('claim');
  return { ...claim, claimantId: claim.claimantId ?? '' };
}
