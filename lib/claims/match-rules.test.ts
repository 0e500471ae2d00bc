import { describe, expect, it } from 'vitest';
import { compatibleScope, sameFigure } from './match-rules';

const killed = { outcome: 'killed', victimGroup: 'civilians', min: 100, max: null, place: 'Aleppo', period: '10 days' };

describe('the same figure', () => {
  it('matches an overlapping range of the same outcome and group, whatever the spelling', () => {
    expect(
      sameFigure(killed, { ...killed, victimGroup: 'Civilian', min: 251, place: 'eastern Aleppo', period: 'ten days' }),
    ).toBe(true);
    expect(sameFigure(killed, { ...killed, place: null, period: null })).toBe(true);
  });

  it('does not match another place, victim group, outcome or a range that cannot overlap', () => {
    expect(sameFigure(killed, { ...killed, place: 'Idlib' })).toBe(false);
    expect(sameFigure(killed, { ...killed, victimGroup: 'children' })).toBe(false);
    expect(sameFigure(killed, { ...killed, outcome: 'injured' })).toBe(false);
    expect(sameFigure(killed, { ...killed, min: 6, max: 6 })).toBe(false);
  });

  it('reads unstated scopes as compatible and disjoint ones as not', () => {
    expect(compatibleScope('on Saturday', 'Sunday')).toBe(false);
    expect(compatibleScope('', 'Sunday')).toBe(true);
  });
});
