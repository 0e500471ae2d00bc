import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersect, overlap, partsFit, sumRanges, type Range } from './range';

const open = (min: number): Range => ({ min, max: null });
const exact = (n: number): Range => ({ min: n, max: n });

// Any range of whole numbers, open or closed, with min <= max.
const range = fc
  .tuple(fc.nat(10_000), fc.option(fc.nat(10_000), { nil: null }))
  .map(([min, extra]): Range => ({ min, max: extra === null ? null : min + extra }));

/** Does some whole number lie in both? Checked by brute force over a bounded window. */
function shareAValue(a: Range, b: Range): boolean {
  for (let n = 0; n <= 25_000; n++) {
    const inA = n >= a.min && (a.max === null || n <= a.max);
    const inB = n >= b.min && (b.max === null || n <= b.max);
    if (inA && inB) return true;
  }
  return false;
}

describe('overlap', () => {
  it('reports the gap between disjoint ranges, in either order', () => {
    expect(overlap(exact(6), open(100))).toEqual({ overlaps: false, gap: 94 });
    expect(overlap(open(100), exact(6))).toEqual({ overlaps: false, gap: 94 });
    expect(overlap({ min: 1, max: 5 }, { min: 7, max: 9 })).toEqual({ overlaps: false, gap: 2 });
  });

  it('counts shared end points and open ranges as overlapping', () => {
    expect(overlap({ min: 1, max: 5 }, { min: 5, max: 9 })).toEqual({ overlaps: true, gap: 0 });
    expect(overlap(open(251), open(201))).toEqual({ overlaps: true, gap: 0 });
    expect(overlap(open(200), exact(1_396))).toEqual({ overlaps: true, gap: 0 });
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(range, range, (a, b) => {
        expect(overlap(a, b)).toEqual(overlap(b, a));
      }),
    );
  });

  it('puts an exact value inside its own open range', () => {
    fc.assert(fc.property(fc.nat(), (n) => overlap(exact(n), open(n)).overlaps));
  });

  it('agrees with checking every value', () => {
    fc.assert(
      fc.property(range, range, (a, b) => {
        expect(overlap(a, b).overlaps).toBe(shareAValue(a, b));
      }),
      { numRuns: 200 },
    );
  });

  it('gives a positive gap exactly when the ranges are disjoint', () => {
    fc.assert(fc.property(range, range, (a, b) => overlap(a, b).overlaps === (overlap(a, b).gap === 0)));
  });
});

describe('intersect', () => {
  it('keeps the values all ranges allow', () => {
    expect(intersect([open(200), open(251), open(201)])).toEqual(open(251));
    expect(intersect([{ min: 1, max: 10 }, open(5), { min: 0, max: 7 }])).toEqual({ min: 5, max: 7 });
  });

  it('is null when some pair is disjoint, or there is nothing to intersect', () => {
    expect(intersect([exact(6), open(100)])).toBeNull();
    expect(intersect([])).toBeNull();
  });

  it('is non-empty exactly when every pair overlaps', () => {
    fc.assert(
      fc.property(fc.array(range, { minLength: 1, maxLength: 5 }), (ranges) => {
        const pairwise = ranges.every((a) => ranges.every((b) => overlap(a, b).overlaps));
        expect(intersect(ranges) !== null).toBe(pairwise);
      }),
    );
  });
});

describe('sumRanges', () => {
  it('adds minimums and maximums, open if any part is open', () => {
    expect(sumRanges([exact(49), exact(31)])).toEqual(exact(80));
    expect(sumRanges([exact(145), open(100)])).toEqual(open(245));
    expect(sumRanges([])).toEqual(exact(0));
  });

  it('is open exactly when a part is open, and its minimum is the sum of minimums', () => {
    fc.assert(
      fc.property(fc.array(range), (parts) => {
        const sum = sumRanges(parts);
        expect(sum.min).toBe(parts.reduce((t, p) => t + p.min, 0));
        expect(sum.max === null).toBe(parts.some((p) => p.max === null));
      }),
    );
  });
});

describe('partsFit', () => {
  it('fits parts under an open whole, however large', () => {
    expect(partsFit(open(251), [exact(145), open(100)])).toEqual({ sum: open(245), fits: true, excess: 0 });
    expect(partsFit(open(251), [exact(49), exact(31)]).fits).toBe(true);
    expect(partsFit(open(10), [exact(5_000)]).fits).toBe(true);
  });

  it('lets parts add up to less than the whole: a breakdown may be partial', () => {
    expect(partsFit({ min: 100, max: 100 }, [exact(10)]).fits).toBe(true);
  });

  it('fits parts that may add up to exactly the whole', () => {
    expect(partsFit(exact(80), [exact(49), exact(31)]).fits).toBe(true);
  });

  it('reports how much the parts must exceed a closed whole', () => {
    expect(partsFit(exact(250), [exact(145), open(110)])).toEqual({ sum: open(255), fits: false, excess: 5 });
    expect(partsFit({ min: 0, max: 40 }, [exact(49)])).toMatchObject({ fits: false, excess: 9 });
  });

  it('never fits parts into a smaller whole', () => {
    fc.assert(
      fc.property(range, fc.array(range, { minLength: 1 }), (whole, parts) => {
        const result = partsFit(whole, parts);
        const smallest = parts.reduce((t, p) => t + p.min, 0);
        if (whole.max !== null && smallest > whole.max) {
          expect(result.fits).toBe(false);
          expect(result.excess).toBe(smallest - whole.max);
        } else expect(result).toMatchObject({ fits: true, excess: 0 });
      }),
    );
  });

  it('keeps fitting when a part is removed', () => {
    fc.assert(
      fc.property(range, fc.array(range, { minLength: 1 }), (whole, parts) => {
        fc.pre(partsFit(whole, parts).fits);
        expect(partsFit(whole, parts.slice(1)).fits).toBe(true);
      }),
    );
  });
});
