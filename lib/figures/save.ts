import 'server-only';
import { type ActorRef } from '@/lib/auth/actor';
import { figuresChange } from '@/lib/comparisons/shown-figures';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { editClaim } from '@/lib/workflow/edit';
import { deleteFigureSchema, figureSchema } from './schemas';

// A claim's figures are part of what the claim says: each change goes through the edit
// core (lib/workflow/edit.ts), so it bumps the claim's version (a stale form is refused
// like any other save), sends an approved claim back to review, is refused on a published
// one, and is recorded in the claim's history.

export async function saveFigure(input: unknown, actor: ActorRef) {
  const { claimId, version, figureId, ...data } = parseInput(figureSchema, input);
  return db.$transaction(async (tx) => {
    const target = { id: claimId, version, permission: 'figure.edit', content: 'figures' } as const;
    const edited = await editClaim(tx, target, actor, async (_item, me) => {
      if (data.partOfId) {
        const whole = await tx.figure.findUnique({ where: { id: data.partOfId }, select: { id: true } });
        if (!whole || data.partOfId === figureId) {
          throw AppError.fields({ partOfId: 'Choose another figure as the whole.' });
        }
      }
      const before = figureId ? await tx.figure.findFirst({ where: { id: figureId, claimId } }) : null;
      if (figureId && !before) throw AppError.gone('figure');
      if (figureId) {
        await figuresChange(tx, [figureId], me.id, 'figure');
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
      if (!figure) throw AppError.gone('figure');
      await figuresChange(tx, [figureId], me.id, 'figure');
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
