import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { removeEvidenceSchema } from './schemas';

/** Takes evidence off a claim, with a reason. The row and any file stay for the record. */
export async function removeEvidence(input: unknown, actor: ActorRef) {
  const { evidenceId, reason } = parseInput(removeEvidenceSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'evidence.remove');
    const evidence = await tx.evidence.findUnique({ where: { id: evidenceId } });
    if (!evidence) throw new AppError('not_found', { userMessage: 'This evidence no longer exists.' });
    if (evidence.removedAt) throw new AppError('conflict', { userMessage: 'This evidence was already removed.' });
    await tx.evidence.update({
      where: { id: evidenceId },
      data: { removedAt: new Date(), removedById: me.id, removedReason: reason },
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'evidence.remove',
      entityType: 'claim',
      entityId: evidence.claimId,
      before: { evidenceId, title: evidence.title ?? evidence.url ?? evidence.note?.slice(0, 80) ?? null },
      reason,
    });
    return { claimId: evidence.claimId };
  });
}
