import 'server-only';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { pendingClaimCorrection } from '@/lib/workflow/corrections';
import { editClaim } from '@/lib/workflow/edit';
import { removeEvidenceSchema } from './schemas';

/**
 * Takes evidence off a claim, with a reason. The row and any file stay for the record.
 * Evidence readers see is content (lib/workflow/content.ts): on a published claim its
 * removal waits in the pending correction until a second person publishes it.
 */
export async function removeEvidence(input: unknown, actor: ActorRef) {
  const { evidenceId, reason } = parseInput(removeEvidenceSchema, input);
  return db.$transaction(async (tx) => {
    // Checked before saying whether the evidence exists.
    await authorize(tx, actor, 'evidence.remove');
    const evidence = await tx.evidence.findUnique({ where: { id: evidenceId } });
    if (!evidence) throw AppError.gone('evidence');
    if (evidence.removedAt) throw new AppError('conflict', { userMessage: 'This evidence was already removed.' });
    const title = evidence.title ?? evidence.url ?? evidence.note?.slice(0, 80) ?? null;
    const target = { id: evidence.claimId, permission: 'evidence.remove' } as const;
    await editClaim(tx, target, actor, async (claim, me) => {
      if (evidence.isPublic && claim.stage === 'published') {
        const correction = await pendingClaimCorrection(tx, claim.id);
        if (!correction) {
          throw new AppError('conflict', {
            userMessage:
              'Readers see this evidence: it is taken off the public page through a correction. Prepare one first.',
          });
        }
        if (correction.evidence.some((e) => e.evidenceId === evidenceId)) {
          throw new AppError('conflict', { userMessage: 'The pending correction already takes this evidence off.' });
        }
        await tx.correctionEvidence.create({
          data: { correctionId: correction.id, evidenceId, change: 'remove', reason, proposedById: me.id },
        });
        return {
          data: {},
          content: null,
          audit: {
            action: 'evidence.removeProposed',
            before: { evidenceId, title },
            after: { removedWithCorrection: correction.id },
            reason,
          },
          result: null,
        };
      }
      await tx.evidence.update({
        where: { id: evidenceId },
        data: { removedAt: new Date(), removedById: me.id, removedReason: reason },
      });
      // Evidence a pending correction would show leaves the correction too; the version
      // moves so an editor publishes only the correction as it now stands.
      const { count: leftCorrection } = await tx.correctionEvidence.deleteMany({
        where: { evidenceId, correction: { status: 'pending' } },
      });
      return {
        ...(leftCorrection ? { data: {} } : {}),
        content: evidence.isPublic ? 'public evidence' : null,
        audit: { action: 'evidence.remove', before: { evidenceId, title }, reason },
        result: null,
      };
    });
    return { claimId: evidence.claimId };
  });
}
