import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { deleteFigure, saveFigure } from '@/lib/figures/save';
import { createClaim, createUser } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';

beforeEach(resetDb);

const base = {
  outcome: 'killed',
  victimGroup: 'civilians',
  qualifier: 'more than',
  place: 'Aleppo',
  periodText: '10 days',
};

describe("a claim's figures", () => {
  it('adds an open-ended figure and a part of it, each in the history, each bumping the version', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    const total = await saveFigure({ claimId: claim.id, version: 1, ...base, min: '1,201', max: '' }, reviewer);
    const part = await saveFigure(
      {
        claimId: claim.id,
        version: 2,
        ...base,
        victimGroup: 'children',
        qualifier: 'exact',
        min: '49',
        max: '49',
        partOfId: total.figureId,
      },
      reviewer,
    );
    expect(part.version).toBe(3);
    expect(await db.figure.findUniqueOrThrow({ where: { id: total.figureId } })).toMatchObject({
      min: 1201,
      max: null,
    });
    expect(await db.figure.findUniqueOrThrow({ where: { id: part.figureId } })).toMatchObject({
      partOfId: total.figureId,
    });
    expect((await db.auditEvent.findMany({ where: { entityId: claim.id } })).map((e) => e.action)).toEqual([
      'figure.add',
      'figure.add',
    ]);
  });

  it('refuses a range upside down, a stale version and a removal without a reason, writing nothing', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    await expect(
      saveFigure({ claimId: claim.id, version: 1, ...base, min: '10', max: '5' }, reviewer),
    ).rejects.toMatchObject({
      fieldErrors: { max: 'The highest number is below the lowest.' },
    });
    await expect(
      saveFigure({ claimId: claim.id, version: 1, ...base, min: 'many', max: '' }, reviewer),
    ).rejects.toMatchObject({
      fieldErrors: { min: 'Give the lowest number as a whole number.' },
    });
    const { figureId } = await saveFigure({ claimId: claim.id, version: 1, ...base, min: '3', max: '' }, reviewer);
    await expect(
      saveFigure({ claimId: claim.id, version: 1, figureId, ...base, min: '4', max: '' }, reviewer),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(deleteFigure({ claimId: claim.id, version: 2, figureId, reason: '' }, reviewer)).rejects.toMatchObject(
      {
        fieldErrors: { reason: 'Say why this figure is removed.' },
      },
    );
    expect(await db.figure.findUniqueOrThrow({ where: { id: figureId } })).toMatchObject({ min: 3 });
    await deleteFigure({ claimId: claim.id, version: 2, figureId, reason: 'Duplicate of the caption' }, reviewer);
    expect(await db.figure.count()).toBe(0);
  });

  it('keeps a figure that a published comparison shows', async () => {
    const [claim, reviewer] = [await createClaim(), await createUser()];
    const { figureId } = await saveFigure({ claimId: claim.id, version: 1, ...base, min: '3', max: '' }, reviewer);
    await db.comparison.create({
      data: { slug: 'c', question: 'How many?', stage: 'published', members: { create: [{ figureId }] } },
    });
    await expect(
      saveFigure({ claimId: claim.id, version: 2, figureId, ...base, min: '9', max: '' }, reviewer),
    ).rejects.toThrow('This figure is part of the published comparison “How many?” and cannot change.');
    await expect(
      deleteFigure({ claimId: claim.id, version: 2, figureId, reason: 'x' }, reviewer),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
