import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type ActorRef } from '@/lib/auth/actor';
import { updateAtVersion } from '@/lib/claims/concurrency';
import { db } from '@/lib/db';
import type { DbTx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { deleteFigureSchema, figureSchema } from './schemas';

// A claim's figures are part of the claim: each change bumps the claim's version (so a
// stale form is refused like any other save) and is recorded in its history.

function editable(stage: string) {
  if (stage === 'published' || stage === 'retracted') {
    throw new AppError('conflict', {
      userMessage: 'A published claim is changed only by a correction or a retraction.',
    });
  }
}

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

export async function saveFigure(input: unknown, actor: ActorRef) {
  const { claimId, version, figureId, ...data } = parseInput(figureSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'figure.edit');
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { stage: true } });
    if (!claim) throw new AppError('not_found', { userMessage: 'This claim no longer exists.' });
    editable(claim.stage);
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
    if (figureId) await notInPublishedComparison(tx, figureId);
    await updateAtVersion(tx, claimId, version, {});
    const position = before?.position ?? (await tx.figure.count({ where: { claimId } }));
    const figure = before
      ? await tx.figure.update({ where: { id: before.id }, data })
      : await tx.figure.create({ data: { ...data, claimId, position } });
    await recordAudit(tx, {
      actorId: me.id,
      action: before ? 'figure.update' : 'figure.add',
      entityType: 'claim',
      entityId: claimId,
      before: before
        ? JSON.parse(
            JSON.stringify({
              ...before,
              id: undefined,
              claimId: undefined,
              createdAt: undefined,
              updatedAt: undefined,
            }),
          )
        : undefined,
      after: JSON.parse(JSON.stringify({ figureId: figure.id, ...data })),
    });
    return { figureId: figure.id, version: version + 1 };
  });
}

export async function deleteFigure(input: unknown, actor: ActorRef) {
  const { claimId, version, figureId, reason } = parseInput(deleteFigureSchema, input);
  return db.$transaction(async (tx) => {
    const me = await authorize(tx, actor, 'figure.edit');
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { stage: true } });
    if (!claim) throw new AppError('not_found', { userMessage: 'This claim no longer exists.' });
    editable(claim.stage);
    const figure = await tx.figure.findFirst({ where: { id: figureId, claimId } });
    if (!figure) throw new AppError('not_found', { userMessage: 'This figure no longer exists.' });
    await notInPublishedComparison(tx, figureId);
    await updateAtVersion(tx, claimId, version, {});
    await tx.figure.delete({ where: { id: figureId } });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'figure.remove',
      entityType: 'claim',
      entityId: claimId,
      before: { figureId, outcome: figure.outcome, victimGroup: figure.victimGroup, min: figure.min, max: figure.max },
      reason,
    });
    return { version: version + 1 };
  });
}
