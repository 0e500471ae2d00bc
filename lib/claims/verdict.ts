import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { unknownVerdict } from '@/lib/workflow/transitions';
import { updateAtVersion } from './concurrency';
import { setVerdictSchema } from './schemas';

/**
 * Sets the verdict with its reason. Whoever sets it cannot be the one who publishes it.
 * A new verdict on an approved claim sends it back to review: the approval was for the old one.
 */
export async function setVerdict(input: unknown, actor: ActorRef) {
  const data = parseInput(setVerdictSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'claim.setVerdict');
    const claim = await tx.claim.findUnique({ where: { id: data.claimId } });
    if (!claim) throw new AppError('not_found', { userMessage: 'This claim no longer exists.' });
    if (claim.stage === 'published' || claim.stage === 'retracted') {
      throw new AppError('conflict', { userMessage: 'A published verdict is changed by a correction.' });
    }
    const verdict = await tx.verdict.findUnique({ where: { key: data.verdictKey } });
    if (!verdict?.active) throw unknownVerdict();
    const stage = claim.stage === 'approved' ? 'in_review' : claim.stage;
    await updateAtVersion(tx, claim.id, data.version, {
      verdictKey: verdict.key,
      verdictReason: data.reason,
      verdictSetById: me.id,
      verdictSetAt: new Date(),
      stage,
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'claim.verdict',
      entityType: 'claim',
      entityId: claim.id,
      before: { verdict: claim.verdictKey, stage: claim.stage },
      after: { verdict: verdict.key, stage },
      reason: data.reason,
    });
    return { version: data.version + 1 };
  });
}
