import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFigure } from './parse-figure';
import { QUALIFIERS, qualifiersAt, rangeFor, type Qualifier } from './qualifiers';

describe('rangeFor', () => {
  it.each<[Qualifier, number, number | null]>([
    ['exact', 49, 49],
    ['more than', 251, null],
    ['at least', 250, null],
    ['up to', 0, 250],
    ['fewer than', 0, 249],
    ['about', 225, 275],
    ['nearly', 225, 250],
  ])('%s 250 → its range', (qualifier, min, max) => {
    expect(rangeFor(qualifier, qualifier === 'exact' ? 49 : 250)).toEqual({ min, max });
  });

  it('rounds approximate bands outward, without floating-point dust', () => {
    expect(rangeFor('about', 10)).toEqual({ min: 9, max: 11 });
    expect(rangeFor('about', 5)).toEqual({ min: 4, max: 6 });
    expect(rangeFor('nearly', 5)).toEqual({ min: 4, max: 5 });
  });

  it('orders the two ends of a between', () => {
    expect(rangeFor('between', 10, 20)).toEqual({ min: 10, max: 20 });
    expect(rangeFor('between', 20, 10)).toEqual({ min: 10, max: 20 });
  });

  it.each<[Qualifier, number]>([
    ['several', 2],
    ['a few', 2],
    ['dozens', 24],
    ['tens', 20],
    ['scores', 40],
    ['hundreds', 200],
    ['thousands', 2_000],
    ['millions', 2_000_000],
  ])('%s means at least two of its unit, with no ceiling', (qualifier, min) => {
    expect(rangeFor(qualifier)).toEqual({ min, max: null });
  });

  it('scales a vague quantity by a multiplier', () => {
    expect(rangeFor('several', 100)).toEqual({ min: 200, max: null });
    expect(rangeFor('tens', 1_000)).toEqual({ min: 20_000, max: null });
  });

  it('gives well-formed ranges that hold the number unless the words exclude it', () => {
    const around = ['exact', 'at least', 'up to', 'about', 'nearly'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...around), fc.nat(1_000_000), (qualifier, n) => {
        const { min, max } = rangeFor(qualifier, n);
        expect(min).toBeLessThanOrEqual(n);
        if (max !== null) expect(max).toBeGreaterThanOrEqual(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
        expect(rangeFor('more than', n).min).toBe(n + 1);
        expect(rangeFor('fewer than', n).max).toBe(n - 1);
      }),
    );
  });
});

describe('the qualifier table', () => {
  // Every phrase in the table must be reachable from text, reading as its own row.
  const rows = Object.entries(QUALIFIERS) as [Qualifier, (typeof QUALIFIERS)[Qualifier]][];
  const cases = rows.flatMap(([key, row]) =>
    row.phrases.map((phrase): [string, Qualifier, string] => {
      if (row.position === 'between') return [phrase, key, `${phrase} 10 ${phrase === 'from' ? 'to' : 'and'} 20`];
      if (row.position === 'alone') return [phrase, key, `${phrase} of people`];
      return [phrase, key, `${phrase} 40 people`];
    }),
  );

  it.each(cases)('"%s" reads as %s', (_phrase, key, text) => {
    const unit = 'unit' in QUALIFIERS[key] ? 1 : undefined;
    const expected = key === 'between' ? rangeFor(key, 10, 20) : rangeFor(key, unit ?? 40);
    expect(parseFigure(text)).toEqual({ ...expected, qualifier: key });
  });

  it('prefers the longest phrase that matches', () => {
    expect(qualifiersAt(['no', 'fewer', 'than', '5'], 'before')).toEqual([['at least', 3]]);
    expect(qualifiersAt(['just', 'under', '5'], 'before')[0]).toEqual(['nearly', 2]);
    expect(qualifiersAt(['an', 'estimated', '5'], 'before')[0]).toEqual(['about', 2]);
  });
});

describe('qualifiers in text', () => {
  it.each([
    ['more than 250', { min: 251, max: null, qualifier: 'more than' }],
    ['over 250 people', { min: 251, max: null, qualifier: 'more than' }],
    ['at least three', { min: 3, max: null, qualifier: 'at least' }],
    ['No fewer than 12', { min: 12, max: null, qualifier: 'at least' }],
    ['up to 40', { min: 0, max: 40, qualifier: 'up to' }],
    ['as many as forty', { min: 0, max: 40, qualifier: 'up to' }],
    ['nearly 100', { min: 90, max: 100, qualifier: 'nearly' }],
    ['almost a hundred', { min: 90, max: 100, qualifier: 'nearly' }],
    ['about 300', { min: 270, max: 330, qualifier: 'about' }],
    ['around 300', { min: 270, max: 330, qualifier: 'about' }],
    ['some 300', { min: 270, max: 330, qualifier: 'about' }],
    ['roughly 300', { min: 270, max: 330, qualifier: 'about' }],
    ['hundreds of', { min: 200, max: null, qualifier: 'hundreds' }],
    ['Hundreds were killed', { min: 200, max: null, qualifier: 'hundreds' }],
    ['dozens of', { min: 24, max: null, qualifier: 'dozens' }],
    ['tens of shells', { min: 20, max: null, qualifier: 'tens' }],
    ['several', { min: 2, max: null, qualifier: 'several' }],
    ['a few', { min: 2, max: null, qualifier: 'a few' }],
    ['thousands', { min: 2_000, max: null, qualifier: 'thousands' }],
    ['several hundred', { min: 200, max: null, qualifier: 'several hundred' }],
    ['a few thousand', { min: 2_000, max: null, qualifier: 'a few thousand' }],
    ['tens of thousands', { min: 20_000, max: null, qualifier: 'tens of thousands' }],
    ['hundreds of thousands of people', { min: 200_000, max: null, qualifier: 'hundreds of thousands' }],
    ['more than a dozen', { min: 13, max: null, qualifier: 'more than' }],
    ['has crossed 2.5 million', { min: 2_500_001, max: null, qualifier: 'more than' }],
    ['exceeded 1,000', { min: 1_001, max: null, qualifier: 'more than' }],
    ['between 10 and 20', { min: 10, max: 20, qualifier: 'between' }],
    ['from ten to twenty', { min: 10, max: 20, qualifier: 'between' }],
    ['10 to 20', { min: 10, max: 20, qualifier: 'between' }],
    ['10-20', { min: 10, max: 20, qualifier: 'between' }],
    ['10–20', { min: 10, max: 20, qualifier: 'between' }],
    ['10 — 20', { min: 10, max: 20, qualifier: 'between' }],
  ])('%s', (text, expected) => {
    expect(parseFigure(text)).toEqual(expected);
  });

  it('needs "of" after "scores", which otherwise is about results', () => {
    expect(parseFigure('scores of people')).toMatchObject({ min: 40, qualifier: 'scores' });
    expect(parseFigure('the scores')).toBeNull();
  });

  it('does not read falling pairs as ranges: "3-1" is a score', () => {
    expect(parseFigure('won 3-1')).toEqual({ min: 3, max: 3, qualifier: 'exact' });
  });

  it('drops an opener with no second number', () => {
    expect(parseFigure('fighting between 2 groups')).toEqual({ min: 2, max: 2, qualifier: 'exact' });
  });
});
