import type { Range } from './range';

// The one table of qualifiers: how the words around a number turn it into a range.
//
// The choices a newcomer might question:
// - Ranges hold whole numbers. "More than N" excludes N (N+1 to open); "at least N" keeps it.
// - A ceiling ("up to N", "as many as N") starts at 0, not 1. The words only cap the count;
//   starting low means a comparison never reports a conflict the wording does not support.
// - Approximations get a band of 10% either side, rounded outward; "nearly N" keeps N as its
//   top because reporters round ("nearly 100" may be exactly 100 in the next count).
// - A plural of a unit means at least two of that unit, with no ceiling: "hundreds" is 200 to
//   open, "dozens" 24, "tens of" 20, "scores of" 40. "Several" and "a few" are the same rule
//   with a unit of one (2 to open): neither has an agreed ceiling, so none is invented.
// - A multiplier scales the unit: "several hundred" is 200 to open, "tens of thousands" 20,000.

type Row = {
  /** 'before': precedes a number. 'alone': stands for a number of `unit`s. 'between': joins two numbers. */
  position: 'before' | 'alone' | 'between';
  /** The words that signal this row, lower-case, one space apart. */
  phrases: readonly string[];
  /** For 'alone' rows: what one of them counts ("hundreds" counts hundreds). */
  unit?: number;
  /** For 'alone' rows that are plain English words elsewhere: only when "of" follows. */
  needsOf?: boolean;
  range: (n: number, upper: number) => Range;
};

const atLeastTwo = (unit: number): Range => ({ min: 2 * unit, max: null });

export const QUALIFIERS = {
  // 49: a bare number, or one said to be precise.
  exact: { position: 'before', phrases: ['exactly', 'precisely'], range: (n) => ({ min: n, max: n }) },
  // more than 250 → 251..open; "over" is also a preposition ("over 10 days"): see quantities.ts.
  'more than': {
    position: 'before',
    // A total that "passed" or "exceeded" a number is more than it ("has crossed 2.5 million").
    phrases: [
      'more than',
      'higher than',
      'over',
      'above',
      'in excess of',
      'upwards of',
      'upward of',
      'exceeded',
      'exceeds',
      'surpassed',
      'surpasses',
      'topped',
      'tops',
      'passed',
      'passes',
      'crossed',
      'crosses',
    ],
    range: (n) => ({ min: Math.floor(n) + 1, max: null }),
  },
  // at least 100 → 100..open.
  'at least': {
    position: 'before',
    phrases: ['at least', 'no fewer than', 'not fewer than', 'no less than', 'not less than', 'a minimum of'],
    range: (n) => ({ min: Math.ceil(n), max: null }),
  },
  // up to 40 → 0..40: a ceiling only (see above).
  'up to': {
    position: 'before',
    phrases: ['up to', 'as many as', 'as high as', 'at most', 'no more than', 'not more than', 'a maximum of'],
    range: (n) => ({ min: 0, max: Math.floor(n) }),
  },
  // fewer than 10 → 0..9.
  'fewer than': {
    position: 'before',
    phrases: ['fewer than', 'less than'],
    range: (n) => ({ min: 0, max: Math.ceil(n) - 1 }),
  },
  // about 300 → 270..330.
  about: {
    position: 'before',
    phrases: ['about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'circa'],
    range: (n) => ({ min: Math.floor((n * 9) / 10), max: Math.ceil((n * 11) / 10) }),
  },
  // nearly 100 → 90..100.
  nearly: {
    position: 'before',
    phrases: [
      'nearly',
      'almost',
      'close to',
      'just under',
      'just short of',
      'approaches',
      'approaching',
      'nears',
      'nearing',
    ],
    range: (n) => ({ min: Math.floor((n * 9) / 10), max: Math.ceil(n) }),
  },
  // between 10 and 20, from 10 to 20, 10 to 20, 10-20, 10–20 → 10..20 (either order).
  between: {
    position: 'between',
    phrases: ['between', 'from'],
    range: (n, upper) => ({ min: Math.min(n, upper), max: Math.max(n, upper) }),
  },
  // several people → 2..open.
  several: { position: 'alone', phrases: ['several'], unit: 1, range: atLeastTwo },
  // a few people → 2..open: as vague as "several".
  'a few': { position: 'alone', phrases: ['a few'], unit: 1, range: atLeastTwo },
  // dozens → 24..open.
  dozens: { position: 'alone', phrases: ['dozens'], unit: 12, range: atLeastTwo },
  // tens of shells → 20..open.
  tens: { position: 'alone', phrases: ['tens'], unit: 10, range: atLeastTwo },
  // scores of people → 40..open ("scores" alone is usually about sport or results).
  scores: { position: 'alone', phrases: ['scores'], unit: 20, needsOf: true, range: atLeastTwo },
  // hundreds → 200..open.
  hundreds: { position: 'alone', phrases: ['hundreds'], unit: 100, range: atLeastTwo },
  // thousands → 2,000..open.
  thousands: { position: 'alone', phrases: ['thousands'], unit: 1_000, range: atLeastTwo },
  // millions → 2,000,000..open.
  millions: { position: 'alone', phrases: ['millions'], unit: 1_000_000, range: atLeastTwo },
} satisfies Record<string, Row>;

export type Qualifier = keyof typeof QUALIFIERS;

const rows = Object.entries(QUALIFIERS) as [Qualifier, Row][];

/**
 * The range a qualifier gives. `n` is the number written; for 'alone' rows it is a multiplier
 * of the row's unit ("several hundred" is rangeFor('several', 100)); `upper` is the second
 * number of a 'between'.
 */
export function rangeFor(qualifier: Qualifier, n = 1, upper = n): Range {
  const row: Row = QUALIFIERS[qualifier];
  return row.range(row.unit === undefined ? n : row.unit * n, upper);
}

/** The rows that can begin at these words, longest phrase first: [qualifier, word count]. */
// Every phrase split once and filed under its position and first word: qualifiersAt runs
// for every token of every sentence, so it must not split the table each time.
const phraseIndex = new Map<string, { key: Qualifier; parts: string[] }[]>();
for (const [key, row] of rows) {
  for (const phrase of row.phrases) {
    const parts = phrase.split(' ');
    const slot = `${row.position} ${parts[0]}`;
    phraseIndex.set(slot, [...(phraseIndex.get(slot) ?? []), { key, parts }]);
  }
}

export function qualifiersAt(words: readonly string[], position: Row['position']): [Qualifier, number][] {
  const candidates = phraseIndex.get(`${position} ${words[0]}`) ?? [];
  const found: [Qualifier, number][] = [];
  for (const { key, parts } of candidates) {
    if (parts.every((part, i) => words[i] === part)) found.push([key, parts.length]);
  }
  return found.sort((a, b) => b[1] - a[1]);
}

export function unitOf(qualifier: Qualifier): number | undefined {
  return (QUALIFIERS[qualifier] as Row).unit;
}

export function needsOf(qualifier: Qualifier): boolean {
  return (QUALIFIERS[qualifier] as Row).needsOf === true;
}
