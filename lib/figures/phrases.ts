import { multiplierOf, readNumber, type NumberMatch } from './numbers';
import { needsOf, qualifiersAt, rangeFor, unitOf } from './qualifiers';
import type { Range } from './range';
import { isDash, touching, type Token } from './tokens';

// The grammar of a quantity phrase, tried in this order at each token: a range with an
// opener ("between 10 and 20"), a qualifier and a number ("more than 250"), a bare number
// or bare range ("49", "10–20"), a vague quantity ("several", "hundreds").

export type PhraseMatch = {
  /** Token indexes: the first of the phrase, the first of its number, the one after it. */
  first: number;
  number: number;
  next: number;
  /** The number as written, before the qualifier widens it. */
  value: number;
  qualifier: string;
  range: Range;
  /** The qualifier's words as written, lower-case ("over" for the row "more than"). */
  prefix?: string;
};

const RANGE_LINKS = new Set(['and', 'to', '-', '–', '—']);

export function matchAt(tokens: readonly Token[], i: number): PhraseMatch | null {
  const words = tokens.slice(i, i + 4).map((t) => t.lower);
  for (const [qualifier, length] of qualifiersAt(words, 'between')) {
    const a = number(tokens, i + length);
    const b = a && RANGE_LINKS.has(tokens[a.end]?.lower) ? number(tokens, a.end + 1) : null;
    if (a && b) return phrase(i, i + length, b.end, a.value, qualifier, rangeFor(qualifier, a.value, b.value));
  }
  for (const [qualifier, length] of qualifiersAt(words, 'before')) {
    const n = number(tokens, i + length);
    const prefix = words.slice(0, length).join(' ');
    // "some 30 to 40", "around 30-40": the qualifier widens both ends of a rising range.
    const to = n && risingTo(tokens, n);
    if (n && to) {
      const [low, high] = [rangeFor(qualifier, n.value), rangeFor(qualifier, to.value)];
      const range = { min: low.min, max: low.max === null ? null : high.max };
      return phrase(i, i + length, to.end, n.value, qualifier, range, prefix);
    }
    if (n) return phrase(i, i + length, n.end, n.value, qualifier, rangeFor(qualifier, n.value), prefix);
  }
  const n = number(tokens, i);
  if (!n) return vagueAt(tokens, i, words);
  const b = risingTo(tokens, n);
  if (b) return phrase(i, i, b.end, n.value, 'between', rangeFor('between', n.value, b.value));
  // "200+", "1,000+": more than the number, as headlines write it.
  const plus = tokens[n.end];
  if (plus?.text === '+' && touching(tokens[n.end - 1], plus))
    return phrase(i, i, n.end + 1, n.value, 'more than', rangeFor('more than', n.value));
  return phrase(i, i, n.end, n.value, 'exact', rangeFor('exact', n.value));
}

/** "10 to 20", "10-20", "10–20": the upper number; a rising pair only, so a score like "3-1" is not a range. */
function risingTo(tokens: readonly Token[], n: NumberMatch): NumberMatch | null {
  const link = tokens[n.end];
  const dash = isDash(link) && !n.words;
  const b = link?.lower === 'to' || dash ? number(tokens, n.end + 1) : null;
  return b && b.value > n.value && !(dash && b.words) ? b : null;
}

/** "several", "hundreds", with an optional multiplier: "several hundred", "tens of thousands". */
function vagueAt(tokens: readonly Token[], i: number, words: string[]): PhraseMatch | null {
  for (const [qualifier, length] of qualifiersAt(words, 'alone')) {
    const after = i + length;
    if (needsOf(qualifier) && tokens[after]?.lower !== 'of') continue;
    const unit = unitOf(qualifier) ?? 1;
    const single = unit === 1 ? multiplierOf(tokens[after]) : undefined;
    const plural = tokens[after]?.lower === 'of' ? pluralUnit(tokens[after + 1]) : undefined;
    if (single !== undefined) {
      const range = rangeFor(qualifier, single);
      return phrase(i, i, after + 1, range.min, `${qualifier} ${tokens[after].lower}`, range);
    }
    if (plural !== undefined && plural.unit > unit) {
      const range = rangeFor(qualifier, plural.unit);
      return phrase(i, i, after + 2, range.min, `${qualifier} of ${plural.word}`, range);
    }
    const range = rangeFor(qualifier);
    return phrase(i, i, after, range.min, qualifier, range);
  }
  return null;
}

function phrase(
  first: number,
  number: number,
  next: number,
  value: number,
  qualifier: string,
  range: Range,
  prefix?: string,
): PhraseMatch {
  return { first, number, next, value, qualifier, range, prefix };
}

/** "thousands" in "tens of thousands": the unit a plural vague word counts. */
function pluralUnit(token: Token | undefined): { unit: number; word: string } | undefined {
  const row = token && qualifiersAt([token.lower], 'alone')[0];
  const unit = row && unitOf(row[0]);
  return token && unit !== undefined && unit > 1 ? { unit, word: token.lower } : undefined;
}

/** A number, unless it is glued to a name: "G20", "F-16", "COVID-19". */
function number(tokens: readonly Token[], i: number): NumberMatch | null {
  const prev = tokens[i - 1];
  const afterWord = prev?.kind === 'word' && touching(prev, tokens[i]);
  const afterWordDash = isDash(prev) && touching(prev, tokens[i]) && tokens[i - 2]?.kind === 'word';
  if (afterWord || (afterWordDash && touching(tokens[i - 2], prev))) return null;
  return readNumber(tokens, i);
}
