import 'server-only';
import { type ActorRef } from '@/lib/auth/actor';
import { figuresChange } from '@/lib/comparisons/shown-figures';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createSourceIn } from '@/lib/sources/create';
import { parseInput } from '@/lib/validation';
import { claimContentChanged } from '@/lib/workflow/content';
import { editClaim } from '@/lib/workflow/edit';
import { changes } from './concurrency';
import { updateClaimSchema } from './schemas';

/**
 * Saves the claim form: statement, kind, claimant (existing or new), attribution,
 * explanation, internal notes. A change to what the claim says sends an approved claim
 * back to review; internal notes alone change at any stage (lib/workflow/content.ts).
 */
export async function updateClaim(input: unknown, actor: ActorRef) {
  const data = parseInput(updateClaimSchema, input);
  return db.$transaction(async (tx) => {
    const target = { id: data.claimId, version: data.version, permission: 'claim.edit' } as const;
    const edited = await editClaim(tx, target, actor, async (claim, me) => {
      let claimantId: string | null = data.claimantId || null;
      if (data.claimantId === 'new') {
        const source = await createSourceIn(tx, me, { name: data.newClaimantName!, kind: data.newClaimantKind! });
        claimantId = source.id;
      } else if (claimantId && !(await tx.source.findUnique({ where: { id: claimantId }, select: { id: true } }))) {
        throw AppError.fields({ claimantId: 'That source does not exist.' });
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
      if (diff.changed.includes('claimantId')) {
        // A comparison names each figure's source by its claim's claimant.
        const figures = await tx.figure.findMany({ where: { claimId: claim.id }, select: { id: true } });
        await figuresChange(
          tx,
          figures.map((f) => f.id),
          me.id,
          'source',
        );
      }
      return {
        data: next,
        content: claimContentChanged(diff.changed),
        audit: diff.changed.length
          ? { action: 'claim.update', before: diff.before as object, after: diff.after as object }
          : null,
        result: diff.changed,
      };
    });
    return { version: edited.version, stage: edited.stage, changed: edited.result };
  });
}
