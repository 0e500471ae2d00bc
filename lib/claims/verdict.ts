import 'server-only';
import { type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { editClaim } from '@/lib/workflow/edit';
import { setVerdictSchema } from './schemas';
import { isFrozen } from '@/lib/workflow/content';

/**
 * Sets the verdict with its reason. Whoever sets it cannot be the one who publishes it.
 * A new verdict on an approved claim sends it back to review (lib/workflow/edit.ts); a
 * published verdict changes only through a correction.
 */
export async function setVerdict(input: unknown, actor: ActorRef) {
  const data = parseInput(setVerdictSchema, input);
  return db.$transaction(async (tx) => {
    const target = { id: data.claimId, version: data.version, permission: 'claim.setVerdict' } as const;
    const edited = await editClaim(tx, target, actor, async (claim, me) => {
      if (isFrozen(claim.stage)) {
        throw new AppError('conflict', { userMessage: 'A published verdict is changed by a correction.' });
      }
      const verdict = await tx.verdict.findUnique({ where: { key: data.verdictKey } });
      if (!verdict?.active) throw unknownVerdict();
      return {
        data: { verdictKey: verdict.key, verdictReason: data.reason, verdictSetById: me.id, verdictSetAt: new Date() },
        content: 'verdict',
        audit: {
          action: 'claim.verdict',
          before: { verdict: claim.verdictKey },
          after: { verdict: verdict.key },
          reason: data.reason,
        },
        result: null,
      };
    });
    return { version: edited.version, stage: edited.stage };
  });
}

function unknownVerdict() {
  return AppError.fields({ verdictKey: 'Choose one of the listed verdicts.' });
}
