import { describe, expect, it } from 'vitest';
import { describeFigure, formatRange, listJoin, possessive } from './describe';

describe('plain-English pieces', () => {
  it('formats ranges as a reader says them', () => {
    expect(formatRange({ min: 6, max: 6 })).toBe('6');
    expect(formatRange({ min: 1_396, max: null })).toBe('at least 1,396');
    expect(formatRange({ min: 0, max: 40 })).toBe('up to 40');
    expect(formatRange({ min: 270, max: 330 })).toBe('270–330');
  });

  it('makes possessives of names with and without a final s', () => {
    expect(possessive('SANA')).toBe("SANA's");
    expect(possessive('Syrian Observatory for Human Rights')).toBe("Syrian Observatory for Human Rights'");
    expect(possessive('activists')).toBe("activists'");
    expect(possessive('Red Cross')).toBe("Red Cross's");
  });

  it('joins lists with a final "and"', () => {
    expect(listJoin([])).toBe('');
    expect(listJoin(['a'])).toBe('a');
    expect(listJoin(['a', 'b'])).toBe('a and b');
    expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('describes a figure by source, range, victims and outcome', () => {
    const figure = { source: 'SANA', min: 40, max: 40, victimGroup: 'civilians', outcome: 'injured' };
    expect(describeFigure(figure)).toBe("SANA's 40 civilians injured");
  });
});
