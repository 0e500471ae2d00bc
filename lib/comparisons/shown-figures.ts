import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { publicStages } from '@/lib/workflow/stages';

// A comparison shows its figures with each one's source (its claim's claimant). A change
// to what a figure says, or to who said it, reaches every comparison that holds it: a
// published or retracted comparison stays as published (refused), and an approved one was
// approved for what it showed before, so it goes back to review, saying why.

/**
 * Refuses the change when one of `figureIds` stands in a published comparison, and sends
 * approved comparisons holding them back to review (their content changed: `actorId` was
 * its author, so cannot publish it; lib/workflow/rules.ts).
 */
export async function figuresChange(tx: DbTx, figureIds: string[], actorId: string, what: 'figure' | 'source') {
  if (figureIds.length === 0) return;
  const members = { some: { figureId: { in: figureIds } } };
  const published = await tx.comparison.findFirst({
    where: { stage: { in: publicStages }, members },
    select: { question: true },
  });
  if (published) {
    throw new AppError('conflict', {
      userMessage:
        what === 'figure'
          ? `This figure is part of the published comparison “${published.question}” and cannot change.`
          : `A figure of this claim is part of the published comparison “${published.question}”, which names this claim's claimant as its source: the claimant cannot change.`,
    });
  }
  const approved = await tx.comparison.findMany({ where: { stage: 'approved', members }, select: { id: true } });
  for (const { id } of approved) {
    await tx.comparison.update({
      where: { id },
      data: { stage: 'in_review', contentChangedById: actorId, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId,
      action: 'comparison.reopen',
      entityType: 'comparison',
      entityId: id,
      before: { stage: 'approved' },
      after: { stage: 'in_review', figureIds },
      reason: `${what === 'figure' ? 'One of its figures' : 'The source of one of its figures'} changed after approval; the approval was for what the comparison said before, so it needs a new review.`,
    });
  }
}
