import { surroundings, type QuantityKind } from './kinds';
import { matchAt, type PhraseMatch } from './phrases';
import { rangeFor } from './qualifiers';
import type { Range } from './range';
import { tokenize, type Token } from './tokens';

// Finds every quantity phrase in a sentence ("more than 250", "hundreds", "10–20", "six")
// with its offsets, for the extraction engine and for parsing a figure typed by a reviewer.

export type Quantity = Range & {
  /** [start, end) in UTF-16 code units of the sentence, as JavaScript strings count. */
  start: number;
  end: number;
  text: string;
  /** The qualifier table's row ("more than" for "over"), or with a multiplier "tens of thousands". */
  qualifier: string;
  kind: QuantityKind;
  /** The next word, lower-case, past "of (the)": "civilians", "days", "year-old"; null if none. */
  noun: string | null;
};

export function findQuantities(sentence: string): Quantity[] {
  const tokens = tokenize(sentence);
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length;) {
    const match = matchAt(tokens, i);
    if (!match) {
      i++;
      continue;
    }
    const plainYear = isPlainYear(tokens, match);
    const { kind, noun, next } = surroundings(tokens, match.number, match.next, plainYear);
    // "over 10 days" almost always means "during", not "more than".
    const during = match.prefix === 'over' && kind === 'time';
    const first = during ? match.number : match.first;
    const range = during ? rangeFor('exact', match.value) : match.range;
    const start = tokens[first].start;
    const end = tokens[next - 1].end;
    // The range's fields are named, not spread: V8 builds a spread-and-extend object on a slow
    // path, which made this loop the costliest part of reading a long run of numbers.
    found.push({
      min: range.min,
      max: range.max,
      start,
      end,
      text: sentence.slice(start, end),
      qualifier: during ? 'exact' : match.qualifier,
      kind,
      noun,
    });
    i = next;
  }
  return found;
}

// A bare four-digit number from 1800 to 2100 may be a year; kinds.ts decides from context.
function isPlainYear(tokens: readonly Token[], match: PhraseMatch): boolean {
  const token = tokens[match.number];
  const value = Number(token.lower);
  const bare = match.qualifier === 'exact' || match.qualifier === 'between';
  return bare && /^\d{4}$/.test(token.text) && value >= 1800 && value <= 2100;
}
