import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { type ActorRef } from '@/lib/auth/actor';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { editClaim } from '@/lib/workflow/edit';
import { deleteFigureSchema, figureSchema } from './schemas';

// A claim's figures are part of what the claim says: each change goes through the edit
// core (lib/workflow/edit.ts), so it bumps the claim's version (a stale form is refused
// like any other save), sends an approved claim back to review, is refused on a published
// one, and is recorded in the claim's history.

/** Readers see the figures of a published comparison: those stay as published. */
async function notInPublishedComparison(tx: DbTx, figureId: string) {
  const published = await tx.comparisonMember.findFirst({
    where: { figureId, comparison: { stage: { in: ['published', 'retracted'] } } },
    select: { comparison: { select: { question: true } } },
  });
  if (published) {
    throw new AppError('conflict', {
      userMessage: `This figure is part of the published comparison “${published.comparison.question}” and cannot change.`,
    });
  }
}

/**
 * A comparison shows its figures: an approved one that holds this figure was approved for
 * what the figure said before, so it goes back to review too, saying why.
 */
async function reopenComparisonsOf(tx: DbTx, figureId: string, actorId: string) {
  const approved = await tx.comparison.findMany({
    where: { stage: 'approved', members: { some: { figureId } } },
    select: { id: true },
  });
  for (const { id } of approved) {
    await tx.comparison.update({ where: { id }, data: { stage: 'in_review', version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId,
      action: 'comparison.reopen',
      entityType: 'comparison',
      entityId: id,
      before: { stage: 'approved' },
      after: { stage: 'in_review', figureId },
      reason:
        'One of its figures changed after approval; the approval was for what the comparison said before, so it needs a new review.',
    });
  }
}

export async function saveFigure(input: unknown, actor: ActorRef) {
  const { claimId, version, figureId, ...data } = parseInput(figureSchema, input);
  return db.$transaction(async (tx) => {
    const target = { id: claimId, version, permission: 'figure.edit', content: 'figures' } as const;
    const edited = await editClaim(tx, target, actor, async (_item, me) => {
      if (data.partOfId) {
        const whole = await tx.figure.findUnique({ where: { id: data.partOfId }, select: { id: true } });
        if (!whole || data.partOfId === figureId) {
          throw new AppError('invalid_input', {
            userMessage: 'Please correct the highlighted fields.',
            fieldErrors: { partOfId: 'Choose another figure as the whole.' },
          });
        }
      }
      const before = figureId ? await tx.figure.findFirst({ where: { id: figureId, claimId } }) : null;
      if (figureId && !before) throw new AppError('not_found', { userMessage: 'This figure no longer exists.' });
      if (figureId) {
        await notInPublishedComparison(tx, figureId);
        await reopenComparisonsOf(tx, figureId, me.id);
      }
      const position = before?.position ?? (await tx.figure.count({ where: { claimId } }));
      const figure = before
        ? await tx.figure.update({ where: { id: before.id }, data })
        : await tx.figure.create({ data: { ...data, claimId, position } });
      const { id: _id, claimId: _claim, createdAt: _c, updatedAt: _u, ...was } = before ?? { id: '', claimId: '' };
      return {
        content: 'figures',
        audit: {
          action: before ? 'figure.update' : 'figure.add',
          before: before ? JSON.parse(JSON.stringify(was)) : undefined,
          after: JSON.parse(JSON.stringify({ figureId: figure.id, ...data })),
        },
        result: figure.id,
      };
    });
    return { figureId: edited.result, version: edited.version, stage: edited.stage };
  });
}

export async function deleteFigure(input: unknown, actor: ActorRef) {
  const { claimId, version, figureId, reason } = parseInput(deleteFigureSchema, input);
  return db.$transaction(async (tx) => {
    const target = { id: claimId, version, permission: 'figure.edit', content: 'figures' } as const;
    const edited = await editClaim(tx, target, actor, async (_item, me) => {
      const figure = await tx.figure.findFirst({ where: { id: figureId, claimId } });
      if (!figure) throw new AppError('not_found', { userMessage: 'This figure no longer exists.' });
      await notInPublishedComparison(tx, figureId);
      await reopenComparisonsOf(tx, figureId, me.id);
      await tx.figure.delete({ where: { id: figureId } });
      const { outcome, victimGroup, min, max } = figure;
      return {
        content: 'figures',
        audit: { action: 'figure.remove', before: { figureId, outcome, victimGroup, min, max }, reason },
        result: null,
      };
    });
    return { version: edited.version, stage: edited.stage };
  });
}
