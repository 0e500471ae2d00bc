import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { updateAtVersion } from './concurrency';
import { assignSchema } from './schemas';

/** Editors assign a claim to anyone (or no one); a reviewer may only take it for themselves. */
export async function assignClaim(input: unknown, actor: ActorRef) {
  const data = parseInput(assignSchema, input);
  return db.$transaction(async (tx) => {
    const self = actor && data.assigneeId === actor.id;
    const me = await authorize(tx, actor, self ? 'claim.take' : 'claim.assign');
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true, assigneeId: true } });
    if (!claim) throw AppError.gone('claim');
    const assigneeId = data.assigneeId || null;
    if (assigneeId) {
      const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { disabled: true } });
      if (!user || user.disabled) {
        throw AppError.fields({ assigneeId: 'Choose an active member of staff.' });
      }
    }
    await updateAtVersion(tx, claim.id, data.version, { assigneeId });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'claim.assign',
      entityType: 'claim',
      entityId: claim.id,
      before: { assigneeId: claim.assigneeId },
      after: { assigneeId },
    });
    return { version: data.version + 1 };
  });
}
