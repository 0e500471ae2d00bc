import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createSourceIn } from '@/lib/sources/create';
import { parseInput } from '@/lib/validation';
import { changes, updateAtVersion } from './concurrency';
import { updateClaimSchema } from './schemas';

/** Saves the claim's content: statement, kind, claimant (existing or new), attribution, notes. */
export async function updateClaim(input: unknown, actor: ActorRef) {
  const data = parseInput(updateClaimSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'claim.edit');
    const claim = await tx.claim.findUnique({ where: { id: data.claimId } });
    if (!claim) throw new AppError('not_found', { userMessage: 'This claim no longer exists.' });
    if (claim.stage === 'published' || claim.stage === 'retracted') {
      throw new AppError('conflict', {
        userMessage: 'A published claim is changed only by a correction or a retraction.',
      });
    }
    let claimantId: string | null = data.claimantId || null;
    if (data.claimantId === 'new') {
      const source = await createSourceIn(tx, me, { name: data.newClaimantName!, kind: data.newClaimantKind! });
      claimantId = source.id;
    } else if (claimantId && !(await tx.source.findUnique({ where: { id: claimantId }, select: { id: true } }))) {
      throw new AppError('invalid_input', {
        userMessage: 'Please correct the highlighted fields.',
        fieldErrors: { claimantId: 'That source does not exist.' },
      });
    }
    const next = {
      statement: data.statement,
      kind: data.kind,
      claimantId,
      attribution: data.attribution,
      internalNotes: data.internalNotes,
      // Absent from the form: leave as it is.
      ...(data.explanation !== undefined ? { explanation: data.explanation } : {}),
    };
    const diff = changes(claim, next);
    await updateAtVersion(tx, claim.id, data.version, next);
    if (diff.changed.length) {
      await recordAudit(tx, {
        actorId: me.id,
        action: 'claim.update',
        entityType: 'claim',
        entityId: claim.id,
        before: diff.before as object,
        after: diff.after as object,
      });
    }
    return { version: data.version + 1, changed: diff.changed };
  });
}
