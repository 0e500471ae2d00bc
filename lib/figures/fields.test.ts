import { describe, expect, it } from 'vitest';
import { claimKinds, figureOutcomes, sourceKinds } from '@/lib/claims/kinds';
import { ClaimKind, FigureOutcome, SourceKind } from '@/lib/generated/prisma/enums';
import {
  keyOf,
  proposedScopeFields,
  publicFigureSelect,
  publicScopeFields,
  scopeFields,
  toPublicFigureFields,
} from './fields';
import { figureSchema, proposedFigureSchema } from './schemas';

// The vocabulary is written once: every scope field reaches each place derived from it.

describe('the figure vocabulary', () => {
  it('gives every scope field to the workspace form, and the proposed ones to the proposal form', () => {
    for (const f of scopeFields) expect(Object.keys(figureSchema.shape)).toContain(f.name);
    expect(Object.keys(proposedFigureSchema.shape)).toEqual([
      'outcome',
      'victimGroup',
      'min',
      'max',
      'qualifier',
      ...proposedScopeFields.map((f) => f.name),
      'partOf',
    ]);
  });

  it('selects and publishes the public scope fields under their public names', () => {
    const row = { outcome: 'killed', victimGroup: 'civilians', min: 6, max: 6, qualifier: 'exact' } as const;
    const scope = Object.fromEntries(publicScopeFields.map((f) => [f.name, `the ${f.name}`]));
    for (const f of publicScopeFields) expect(publicFigureSelect).toHaveProperty(f.name, true);
    expect(toPublicFigureFields({ ...row, ...scope } as Parameters<typeof toPublicFigureFields>[0])).toEqual({
      ...row,
      ...Object.fromEntries(publicScopeFields.map((f) => [keyOf(f), `the ${f.name}`])),
    });
    const unsaid = Object.fromEntries(publicScopeFields.map((f) => [f.name, null]));
    const said = { ...row, ...unsaid, place: 'Aleppo', periodText: 'Sunday' };
    expect(toPublicFigureFields(said as Parameters<typeof toPublicFigureFields>[0])).toMatchObject({
      place: 'Aleppo',
      period: 'Sunday',
      cause: null,
    });
  });

  it('refuses scope text longer than its limit, with the limit in the message', () => {
    const figure = { outcome: 'killed', victimGroup: 'civilians', min: '6', qualifier: 'exact' };
    for (const f of proposedScopeFields) {
      const result = proposedFigureSchema.safeParse({ ...figure, [f.name]: 'x'.repeat(f.max + 1) });
      expect(result.error?.issues).toEqual([
        expect.objectContaining({ path: [f.name], message: `Use at most ${f.max} characters.` }),
      ]);
    }
  });

  it('takes the kinds and outcomes from the database enums, in their order', () => {
    expect(claimKinds).toEqual(Object.values(ClaimKind));
    expect(sourceKinds).toEqual(Object.values(SourceKind));
    expect(figureOutcomes).toEqual(Object.values(FigureOutcome));
  });
});
