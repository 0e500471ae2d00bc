import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

const brief = (sentence: string) =>
  findQuantities(sentence).map(({ text, min, max, qualifier, kind, noun }) => ({
    text,
    min,
    max,
    qualifier,
    kind,
    noun,
  }));

describe('findQuantities', () => {
  it('finds every quantity with its offsets and the noun after it', () => {
    const sentence = 'Officials said more than 250 civilians, including 49 children and 31 women, had died.';
    const found = findQuantities(sentence);
    expect(found.map((q) => [q.text, q.start, q.end, q.noun])).toEqual([
      ['more than 250', 15, 28, 'civilians'],
      ['49', 50, 52, 'children'],
      ['31', 66, 68, 'women'],
    ]);
    for (const q of found) expect(sentence.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads past "of (the)" to the noun, and gives none before a function word', () => {
    expect(brief('Hundreds of people fled')[0].noun).toBe('people');
    expect(brief('one of the hospitals')[0].noun).toBe('hospitals');
    expect(brief('tens of shells hit')[0]).toMatchObject({ text: 'tens', noun: 'shells' });
    expect(brief('killed six in the city')[0].noun).toBeNull();
    expect(brief('"dozens" of soldiers')[0]).toMatchObject({ text: 'dozens', noun: 'soldiers' });
    expect(brief("13 'terrorists' were killed")[0].noun).toBe('terrorists');
  });

  it('reads a plus sign glued to the number as "more than" ("200+"), and a spaced one as nothing', () => {
    expect(brief('200+ feared dead')[0]).toMatchObject({ text: '200+', min: 201, max: null, qualifier: 'more than' });
    expect(brief('1,000+ dead')[0]).toMatchObject({ min: 1_001, max: null });
    expect(brief('5 + 3 were hurt')[0]).toMatchObject({ text: '5', min: 5, max: 5 });
  });

  it('keeps offsets exact around curly quotes, non-breaking spaces and dashes', () => {
    const sentence = '“At least\u00A0100 were killed” – and 1\u202F396 – in the 10–20 attacks';
    const found = findQuantities(sentence);
    expect(found.map((q) => q.text)).toEqual(['At least\u00A0100', '1\u202F396', '10–20']);
    expect(found.map((q) => [q.min, q.max])).toEqual([
      [100, null],
      [1_396, 1_396],
      [10, 20],
    ]);
    for (const q of found) expect(sentence.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads an em dash between numbers as a range', () => {
    expect(brief('10—20 people')[0]).toMatchObject({ min: 10, max: 20, qualifier: 'between', noun: 'people' });
  });

  it('skips numbers that are part of a name', () => {
    expect(findQuantities('The G20 met as F-16 jets and COVID-19 cases rose')).toEqual([]);
  });

  it('reads "over" before a time as "during", not "more than"', () => {
    expect(brief('hundreds of people were killed there over 10 days')).toEqual([
      { text: 'hundreds', min: 200, max: null, qualifier: 'hundreds', kind: 'count', noun: 'people' },
      { text: '10', min: 10, max: 10, qualifier: 'exact', kind: 'time', noun: 'days' },
    ]);
    expect(brief('over 10 people')[0]).toMatchObject({ text: 'over 10', qualifier: 'more than' });
  });
});

describe('the kind of a quantity', () => {
  it.each([
    ['six civilians were killed', 'count', 'six', 'civilians'],
    ['2000 people fled', 'count', '2000', 'people'],
    ['in 10 days of fighting', 'time', '10', 'days'],
    ['a few days later', 'time', 'a few', 'days'],
    ['another two weeks', 'time', 'two', 'weeks'],
    ['a 10-day truce', 'time', '10', 'day'],
    ['a 24-year-old man', 'age', '24', 'year-old'],
    ['he was three years old', 'age', 'three', 'years old'],
    ['a February 27 ceasefire', 'date', '27', 'ceasefire'],
    ['on 27 February', 'date', '27', 'february'],
    ['on the 27th of February', 'date', '27th', 'february'],
    ['on 27/02/2016', 'date', '27/02/2016', null],
    ['on Dec. 19, killing four', 'date', '19', null],
    ['on Sept 3 the convoy', 'date', '3', null],
    ['on 12 Dec', 'date', '12', 'dec'],
    ['the 3rd attack', 'ordinal', '3rd', 'attack'],
    ['in 2016', 'year', '2016', null],
    ['since 2011, many died', 'year', '2011', null],
    ['the 1990s', 'year', '1990s', null],
    ['from 2011 to 2016', 'year', 'from 2011 to 2016', null],
    ['at 10:30 on Sunday', 'clock', '10:30', null],
    ['at 3pm', 'clock', '3pm', null],
    ['a 10km convoy', 'count', '10km', 'km'],
    ['at 3 pm', 'clock', '3', 'pm'],
    ['10% of the city', 'percent', '10%', '%'],
    ['ten percent of homes', 'percent', 'ten', 'percent'],
    ['ten per cent of homes', 'percent', 'ten', 'per cent'],
  ])('%s → %s', (sentence, kind, text, noun) => {
    expect(brief(sentence)[0]).toMatchObject({ kind, text, noun });
  });
});

describe('findQuantities on any text', () => {
  const fragments = fc.constantFrom(
    'more than 250',
    'at least three',
    'hundreds of',
    'civilians',
    ' ',
    '\u00A0',
    '–',
    '-',
    '“',
    '”',
    '10',
    '1,396',
    'twenty-five',
    'and',
    'to',
    'between',
    'over',
    'days',
    'February',
    '2016',
    '%',
    ':',
    '.',
    'several',
    'a',
    'dozen',
  );
  const sentences = fc.array(fragments, { maxLength: 20 }).map((parts) => parts.join(' '));

  it('returns spans in order, without overlaps, whose text is the sentence slice', () => {
    fc.assert(
      fc.property(fc.oneof(sentences, fc.string(), fc.string({ unit: 'binary' })), (sentence) => {
        let last = 0;
        for (const q of findQuantities(sentence)) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeGreaterThan(q.start);
          expect(sentence.slice(q.start, q.end)).toBe(q.text);
          expect(q.max === null || q.max >= q.min).toBe(true);
          last = q.end;
        }
      }),
    );
  });
});

describe('ranges after a qualifier, and multipliers glued to digits (issue 16)', () => {
  it('widens both ends of "some 30 to 40" and "around 30-40" by the qualifier', () => {
    const [q] = findQuantities('some 30 to 40 people');
    expect([q.min, q.max, q.qualifier, q.text]).toEqual([27, 44, 'about', 'some 30 to 40']);
    const [r] = findQuantities('around 30-40 people');
    expect([r.min, r.max, r.text]).toEqual([27, 44, 'around 30-40']);
  });

  it('keeps "more than 30 to 40" open above', () => {
    const [q] = findQuantities('more than 30 to 40 people');
    expect(q.max).toBeNull();
  });

  it('reads 1.2m, 3bn and 4mn as millions and billions, but not a bare 5m', () => {
    expect(findQuantities('1.2m people')[0].min).toBe(1_200_000);
    expect(findQuantities('3bn dollars')[0].min).toBe(3_000_000_000);
    expect(findQuantities('4mn people')[0].min).toBe(4_000_000);
    expect(findQuantities('a 5m wall')[0].min).toBe(5);
  });
});
