import { describe, expect, it } from 'vitest';
import { normaliseScope, scopeDifferences, type Scoped } from './scope';

const figure = (id: string, scope: Partial<Scoped> = {}): Scoped => ({
  id,
  outcome: 'killed',
  victimGroup: 'civilians',
  ...scope,
});

describe('normaliseScope', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normaliseScope('  Al-Midan,  ALEPPO. ')).toBe(normaliseScope('al midan aleppo'));
    expect(normaliseScope('Alépo')).toBe('alepo');
  });

  it('treats empty and missing values as not stated', () => {
    expect(normaliseScope('')).toBeNull();
    expect(normaliseScope(' – ')).toBeNull();
    expect(normaliseScope(null)).toBeNull();
    expect(normaliseScope(undefined)).toBeNull();
  });
});

describe('scopeDifferences', () => {
  it('names the dimensions whose stated values differ', () => {
    const result = scopeDifferences([
      figure('a', { period: 'reported Sunday', place: 'al-Midan', cause: 'rockets' }),
      figure('b', { period: '10 days to Sunday', place: 'al-Midan', cause: 'Rockets.' }),
    ]);
    expect(result.differing).toEqual(['period']);
    expect(result.dimensions.period).toEqual({ status: 'different', values: ['reported Sunday', '10 days to Sunday'] });
    expect(result.dimensions.place).toEqual({ status: 'same', values: ['al-Midan'] });
    expect(result.dimensions.cause.status).toBe('same');
    expect(result.dimensions.victimGroup.status).toBe('same');
  });

  it('counts a missing value as unknown, not as a difference', () => {
    const result = scopeDifferences([figure('a', { cause: 'air strikes' }), figure('b')]);
    expect(result.dimensions.cause).toEqual({ status: 'unknown', values: ['air strikes'] });
    expect(result.dimensions.period).toEqual({ status: 'unknown', values: [] });
    expect(result.differing).toEqual([]);
  });

  it('still finds a difference between two stated values when a third is missing', () => {
    const result = scopeDifferences([figure('a', { place: 'Aleppo' }), figure('b'), figure('c', { place: 'Idlib' })]);
    expect(result.dimensions.place.status).toBe('different');
  });

  it('compares outcome and victim group too, and can be limited to some dimensions', () => {
    const figures = [figure('a'), figure('b', { outcome: 'injured', victimGroup: 'children' })];
    expect(scopeDifferences(figures).differing).toEqual(['victimGroup', 'outcome']);
    expect(scopeDifferences(figures, ['period', 'victimGroup']).differing).toEqual(['victimGroup']);
  });
});
