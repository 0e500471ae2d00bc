import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readComparison, type ComparisonFigure } from './compare';
import { overlap } from './range';

let next = 0;
const figure = (source: string, min: number, max: number | null, rest: Partial<ComparisonFigure> = {}) =>
  ({
    id: `f${++next}`,
    source,
    outcome: 'killed',
    victimGroup: 'people',
    min,
    max,
    place: 'Townsville',
    period: 'March',
    cause: 'shelling',
    ...rest,
  }) satisfies ComparisonFigure;

describe('readComparison with rival estimates', () => {
  it('is consistent when the ranges overlap, naming the sources and the values they share', () => {
    const a = figure('Ministry', 40, null);
    const b = figure('Red Cross', 30, 45);
    const result = readComparison([a, b]);
    expect(result.reading).toBe('consistent');
    expect(result.pairs).toEqual([
      { a: a.id, b: b.id, overlap: { overlaps: true, gap: 0 }, differIn: [], reading: 'consistent' },
    ]);
    expect(result.reasons).toEqual([
      "Ministry's at least 40 people killed and Red Cross's 30–45 people killed overlap: both allow 40–45.",
    ]);
  });

  it('still points out differing scopes when the ranges overlap', () => {
    const result = readComparison([figure('A', 10, null), figure('B', 12, 12, { period: 'April' })]);
    expect(result.reading).toBe('consistent');
    expect(result.reasons[1]).toBe(
      'Their scopes still differ in period (March vs April): check that they count the same thing.',
    );
  });

  it('is a conflict when disjoint ranges share their scope', () => {
    const result = readComparison([figure('Agency', 6, 6), figure('Monitor', 100, null)]);
    expect(result.reading).toBe('conflict');
    expect(result.reasons).toEqual([
      "Agency's 6 people killed and Monitor's at least 100 people killed do not overlap (94 apart), and nothing in their scope explains the gap: their period, place, cause and victim group are the same.",
    ]);
  });

  it('is a conflict when the scopes that could explain the gap are not stated', () => {
    const result = readComparison([figure('A', 6, 6, { cause: null }), figure('B', 100, null, { cause: '' })]);
    expect(result.reading).toBe('conflict');
    expect(result.reasons[0]).toMatch(
      /their period, place and victim group are the same and cause is not stated by both\.$/,
    );
  });

  it('differs in scope when disjoint ranges count different periods, places, causes or groups', () => {
    const result = readComparison([
      figure('Agency', 6, 6, { period: 'Sunday', place: 'Old Town' }),
      figure('Monitor', 100, null),
    ]);
    expect(result.reading).toBe('differ_in_scope');
    expect(result.pairs[0].differIn).toEqual(['period', 'place']);
    expect(result.reasons[0]).toBe(
      "Agency's 6 people killed and Monitor's at least 100 people killed do not overlap (94 apart), but they differ in period (Sunday vs March) and place (Old Town vs Townsville).",
    );
    const groups = readComparison([figure('A', 6, 6, { victimGroup: 'children' }), figure('B', 100, null)]);
    expect(groups.reading).toBe('differ_in_scope');
    expect(groups.pairs[0].differIn).toEqual(['victimGroup']);
  });

  it('ignores case and punctuation when comparing scopes', () => {
    const result = readComparison([figure('A', 6, 6, { place: 'TOWNSVILLE.' }), figure('B', 100, null)]);
    expect(result.reading).toBe('conflict');
  });

  it('lets a conflict outweigh a difference in scope, and says the other pairs overlap', () => {
    const result = readComparison([
      figure('A', 6, 6),
      figure('B', 100, null),
      figure('C', 5, 8, { place: 'Old Town' }),
      figure('D', 1, 10, { place: 'Old Town' }),
    ]);
    expect(result.pairs.map((p) => p.reading)).toEqual([
      'conflict',
      'consistent',
      'consistent',
      'differ_in_scope',
      'differ_in_scope',
      'consistent',
    ]);
    expect(result.reading).toBe('conflict');
    expect(result.reasons).toHaveLength(4);
    expect(result.reasons.at(-1)).toBe('The other pairs overlap.');
  });
});

describe('readComparison across outcomes', () => {
  it('never compares killed with injured, and says so', () => {
    const killed = figure('Agency', 6, 6);
    const injured = figure('Agency', 40, 40, { outcome: 'injured' });
    const result = readComparison([killed, figure('Monitor', 100, null, { period: 'April' }), injured]);
    expect(result.pairs).toHaveLength(1);
    expect(result.reading).toBe('differ_in_scope');
    expect(result.notCompared).toEqual([injured.id]);
    expect(result.reasons.at(-1)).toBe(
      "Agency's 40 people injured is not compared by number: it is the only injured figure.",
    );
  });

  it('matches outcomes without regard to case', () => {
    expect(readComparison([figure('A', 1, 1), figure('B', 9, 9, { outcome: 'Killed' })]).pairs).toHaveLength(1);
  });

  it('is undetermined with fewer than two comparable figures', () => {
    const one = readComparison([figure('A', 6, 6)]);
    expect(one).toMatchObject({ reading: 'undetermined', pairs: [], breakdowns: [], notCompared: [] });
    expect(one.reasons).toEqual([
      'Nothing here can be compared by number: that needs two figures of one outcome, or a figure and its parts.',
    ]);
    const apart = readComparison([figure('A', 6, 6), figure('A', 40, 40, { outcome: 'injured' })]);
    expect(apart.reading).toBe('undetermined');
    expect(apart.notCompared).toHaveLength(2);
    expect(apart.reasons).toHaveLength(3);
    expect(readComparison([]).reading).toBe('undetermined');
  });
});

describe('readComparison with breakdowns', () => {
  const total = (max: number | null) => figure('Monitor', 250, max, { cause: null, victimGroup: 'civilians' });

  it('checks parts against their whole instead of against each other', () => {
    const whole = total(null);
    const shelling = figure('Monitor', 145, 145, { victimGroup: 'civilians', partOfId: whole.id });
    const bombs = figure('Monitor', 100, null, { victimGroup: 'civilians', cause: 'bombs', partOfId: whole.id });
    const result = readComparison([whole, shelling, bombs]);
    expect(result.reading).toBe('consistent');
    expect(result.pairs).toEqual([]);
    expect(result.breakdowns).toEqual([
      {
        wholeId: whole.id,
        partIds: [shelling.id, bombs.id],
        splitBy: ['cause'],
        sum: { min: 245, max: null },
        fits: true,
        excess: 0,
      },
    ]);
    expect(result.reasons).toEqual([
      "Split by cause, the parts of Monitor's at least 250 civilians killed (145 civilians + at least 100 civilians) add up to at least 245, which fits within it.",
    ]);
  });

  it('adds up only parts that slice the whole the same way', () => {
    const whole = total(250);
    const parts = [
      figure('Monitor', 145, 145, { victimGroup: 'civilians', partOfId: whole.id }),
      figure('Monitor', 100, 100, { victimGroup: 'civilians', cause: 'bombs', partOfId: whole.id }),
      figure('Monitor', 49, 49, { victimGroup: 'children', cause: null, partOfId: whole.id }),
      figure('Monitor', 31, 31, { victimGroup: 'women', cause: null, partOfId: whole.id }),
    ];
    // All four together (325) would exceed 250, but children are among the shelling dead.
    const result = readComparison([whole, ...parts]);
    expect(result.breakdowns.map((b) => [b.splitBy, b.sum.min, b.fits])).toEqual([
      [['cause'], 245, true],
      [['victimGroup'], 80, true],
    ]);
    expect(result.reading).toBe('consistent');
  });

  it('is a conflict when parts must exceed their whole, whatever their scopes', () => {
    const whole = total(250);
    const a = figure('Monitor', 200, 200, { victimGroup: 'civilians', cause: 'bombs', partOfId: whole.id });
    const b = figure('Ministry', 60, null, { victimGroup: 'civilians', cause: 'mines', partOfId: whole.id });
    const result = readComparison([whole, a, b]);
    expect(result.reading).toBe('conflict');
    expect(result.breakdowns[0]).toMatchObject({ fits: false, excess: 10 });
    expect(result.reasons).toEqual([
      "Split by cause, the parts of Monitor's 250 civilians killed (200 civilians + at least 60 civilians) add up to at least 260, more than it can hold (by at least 10): a count is wrong or the parts overlap.",
    ]);
    const children = figure('X', 300, 300, { victimGroup: 'children', cause: null, partOfId: whole.id });
    const single = readComparison([whole, children]);
    expect(single.reasons[0]).toBe(
      "Split by victim group, the part of Monitor's 250 civilians killed (300 children) is more than it can hold (by at least 50): a count is wrong or the parts overlap.",
    );
  });

  it('words a single part, and parts that state nothing the whole does not', () => {
    const whole = total(null);
    const children = figure('Monitor', 49, 49, { victimGroup: 'children', cause: null, partOfId: whole.id });
    expect(readComparison([whole, children]).reasons).toEqual([
      "Split by victim group, the part of Monitor's at least 250 civilians killed (49 children) fits within it.",
    ]);
    const same = { victimGroup: 'civilians', cause: null, partOfId: whole.id };
    const result = readComparison([whole, figure('A', 1, 1, same), figure('B', 2, 2, same)]);
    expect(result.breakdowns[0].splitBy).toEqual([]);
    expect(result.reasons).toEqual([
      "The parts of Monitor's at least 250 civilians killed (1 civilians + 2 civilians) add up to 3, which fits within it.",
    ]);
  });

  it('treats a part whose whole is not in the comparison as a rival estimate', () => {
    const part = figure('Monitor', 100, null, { partOfId: 'not-a-member' });
    const result = readComparison([part, figure('Agency', 6, 6)]);
    expect(result.breakdowns).toEqual([]);
    expect(result.pairs).toHaveLength(1);
    expect(result.reading).toBe('conflict');
  });

  it('treats a figure marked as part of itself as a rival', () => {
    const odd = figure('A', 5, 5);
    const result = readComparison([{ ...odd, partOfId: odd.id }, figure('B', 5, 5)]);
    expect(result.pairs).toHaveLength(1);
    expect(result.breakdowns).toEqual([]);
  });

  it('does not add a part of another outcome to its whole', () => {
    const whole = total(null);
    const injured = figure('Monitor', 40, 40, { outcome: 'injured', partOfId: whole.id });
    const result = readComparison([whole, injured]);
    expect(result.breakdowns).toEqual([]);
    expect(result.reading).toBe('undetermined');
    expect(result.reasons).toContain(
      "Monitor's 40 people injured is marked as part of Monitor's at least 250 civilians killed but counts a different outcome.",
    );
  });

  it('says which rival figure stands alone when the others are a breakdown', () => {
    const whole = total(null);
    const part = figure('Monitor', 10, 10, { victimGroup: 'children', partOfId: whole.id });
    const injured = figure('Agency', 3, 3, { outcome: 'injured' });
    const result = readComparison([whole, part, injured]);
    expect(result.notCompared).toEqual([injured.id]);
    expect(result.reading).toBe('consistent');
  });
});

describe('readComparison properties', () => {
  const outcome = fc.constantFrom('killed', 'injured');
  const place = fc.constantFrom('Townsville', 'Old Town', null);
  const arbitraryFigure = fc
    .record({
      min: fc.nat(500),
      extra: fc.option(fc.nat(500), { nil: null }),
      outcome,
      place,
    })
    .map(({ min, extra, outcome, place }) => figure('S', min, extra === null ? null : min + extra, { outcome, place }));

  it('does not depend on the order of the figures', () => {
    fc.assert(
      fc.property(
        fc
          .array(arbitraryFigure, { maxLength: 6 })
          .chain((figures) =>
            fc.tuple(fc.constant(figures), fc.shuffledSubarray(figures, { minLength: figures.length })),
          ),
        ([figures, shuffled]) => {
          expect(readComparison(shuffled).reading).toBe(readComparison(figures).reading);
        },
      ),
    );
  });

  it('with one scope and outcome, is a conflict exactly when some pair is disjoint', () => {
    const ranges = fc.array(fc.record({ min: fc.nat(500), extra: fc.option(fc.nat(500), { nil: null }) }), {
      minLength: 2,
      maxLength: 6,
    });
    fc.assert(
      fc.property(ranges, (rs) => {
        const figures = rs.map(({ min, extra }) => figure('S', min, extra === null ? null : min + extra));
        const disjoint = figures.some((a) => figures.some((b) => !overlap(a, b).overlaps));
        expect(readComparison(figures).reading).toBe(disjoint ? 'conflict' : 'consistent');
      }),
    );
  });

  it('gives a reason for every reading', () => {
    fc.assert(
      fc.property(fc.array(arbitraryFigure, { maxLength: 6 }), (figures) => {
        expect(readComparison(figures).reasons.length).toBeGreaterThan(0);
      }),
    );
  });
});
