import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { commentSchema } from './schemas';

/** Internal discussion on a claim; never shown to readers. */
export async function addComment(input: unknown, actor: ActorRef) {
  const data = parseInput(commentSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'claim.comment');
    if (!(await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true } }))) {
      throw AppError.gone('claim');
    }
    const comment = await tx.comment.create({ data: { claimId: data.claimId, authorId: me.id, body: data.body } });
    await recordAudit(tx, { actorId: me.id, action: 'claim.comment', entityType: 'claim', entityId: data.claimId });
    return comment;
  });
}
