import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFigure } from './parse-figure';
import { findQuantities } from './quantities';

const valueOf = (text: string) => {
  const figure = parseFigure(text);
  return figure?.qualifier === 'exact' ? figure.min : figure;
};

describe('digits', () => {
  it.each([
    ['49', 49],
    ['1,396', 1_396],
    ['1 396', 1_396],
    ['1\u00A0396', 1_396], // non-breaking space
    ['1\u202F396', 1_396], // narrow no-break space
    ['1\u2009396', 1_396], // thin space
    ['12,000,000', 12_000_000],
    ['2.5', 2.5],
    ['1,396.5', 1_396.5],
    ['1.5 million', 1_500_000],
    ['2.3 million', 2_300_000],
    ['10 thousand', 10_000],
  ])('%s', (text, value) => {
    expect(valueOf(text)).toBe(value);
  });

  it('joins only groups of exactly three digits', () => {
    expect(valueOf('1,39')).toBe(1);
    expect(parseFigure('in 2016 120 people')).toEqual({ min: 120, max: 120, qualifier: 'exact' });
  });

  it('reads any whole number however it is grouped', () => {
    const separator = fc.constantFrom(',', ' ', '\u00A0', '\u202F');
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 999_999_999 }), separator, (n, sep) => {
        const grouped = n.toLocaleString('en-US').replaceAll(',', sep);
        expect(valueOf(`${grouped} people`)).toBe(n);
        expect(valueOf(String(n))).toBe(n);
      }),
    );
  });
});

describe('number words', () => {
  it.each([
    ['one', 1],
    ['six', 6],
    ['Twelve', 12],
    ['nineteen', 19],
    ['twenty', 20],
    ['ninety', 90],
    ['twenty-five', 25],
    ['twenty five', 25],
    ['forty-nine children', 49],
    ['a hundred', 100],
    ['one hundred', 100],
    ['a hundred and one', 101],
    ['two hundred and fifty', 250],
    ['three thousand', 3_000],
    ['two thousand five hundred', 2_500],
    ['five hundred thousand', 500_000],
    ['a million', 1_000_000],
    ['a dozen', 12],
    ['two dozen', 24],
  ])('%s', (text, value) => {
    expect(valueOf(text)).toBe(value);
  });

  it('keeps two numbers apart when the grammar does not join them', () => {
    expect(parseFigure('ten and twenty')).toEqual({ min: 10, max: 10, qualifier: 'exact' });
    expect(parseFigure('ten twenty')).toEqual({ min: 10, max: 10, qualifier: 'exact' });
    expect(parseFigure('2 one')).toEqual({ min: 2, max: 2, qualifier: 'exact' });
    expect(findQuantities('twenty eleven').map((q) => q.min)).toEqual([20, 11]);
  });

  it('needs "a" before a multiplier to read it as a number', () => {
    expect(parseFigure('a man')).toBeNull();
    expect(parseFigure('thousand')).toBeNull();
  });

  it('reads every number from words as it reads its digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        expect(valueOf(`${inWords(n)} people`)).toBe(n);
      }),
    );
  });
});

const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = ',,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety'.split(',');

/** British English, as the seed article writes: "two hundred and fifty-one". */
function inWords(n: number): string {
  if (n < 20) return UNITS[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? `-${UNITS[n % 10]}` : '');
  if (n < 1_000) return `${UNITS[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${inWords(n % 100)}` : ''}`;
  return `${inWords(Math.floor(n / 1_000))} thousand${n % 1_000 ? ` ${inWords(n % 1_000)}` : ''}`;
}
