import { isDash, touching, type Token } from './tokens';

// Reads one number from tokens: digits ("1,396", "1 396", "2.5"), number words ("six",
// "twenty-five", "two hundred and fifty", "a dozen") or both ("1.5 million").

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const MULTIPLIERS: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

const SUFFIXES: Record<string, number> = { m: 1_000_000, mn: 1_000_000, million: 1_000_000, bn: 1_000_000_000 };

export type NumberMatch = { value: number; end: number; words: boolean };

/** The value of a singular multiplier word ("hundred"), if it is one. */
export function multiplierOf(token: Token | undefined): number | undefined {
  return token?.kind === 'word' && Object.hasOwn(MULTIPLIERS, token.lower) ? MULTIPLIERS[token.lower] : undefined;
}

function wordValue(token: Token | undefined): number | undefined {
  if (token?.kind !== 'word') return undefined;
  if (Object.hasOwn(SMALL, token.lower)) return SMALL[token.lower];
  if (Object.hasOwn(TENS, token.lower)) return TENS[token.lower];
  return undefined;
}

type Last = 'digits' | 'tens' | 'unit' | 'multiplier' | 'article';

/** 1 when tokens[k] joins two parts of one number: "twenty-five", "hundred and fifty". */
function joinerAt(tokens: readonly Token[], k: number, last: Last): number {
  const hyphen = isDash(tokens[k]) && touching(tokens[k - 1], tokens[k]) && touching(tokens[k], tokens[k + 1]);
  if (last === 'tens' && hyphen) return 1;
  // "hundred and fifty" joins; "ten and twenty" is two numbers.
  if (last === 'multiplier' && tokens[k]?.lower === 'and' && wordValue(tokens[k + 1]) !== undefined) return 1;
  return 0;
}

/** Reads the number starting at tokens[i]; `end` is the index after its last token. */
export function readNumber(tokens: readonly Token[], i: number): NumberMatch | null {
  // `last` keeps the grammar honest: "twenty five" joins, "ten twenty" and "2 one" do not.
  let last: Last;
  let total = 0;
  let current = 0;
  let scaled = false;
  const first = tokens[i];
  if (first === undefined) return null;
  if (first.kind === 'number') {
    current = Number(first.lower);
    last = 'digits';
    // "1.2m", "2.5M", "3bn", "4mn": a multiplier glued to the digits ("5m" alone may be metres).
    const suffix = tokens[i + 1];
    const scale = touching(first, suffix) && suffix.kind === 'word' ? SUFFIXES[suffix.lower] : undefined;
    if (scale !== undefined && (scale > 1_000_000 || suffix.lower !== 'm' || first.lower.includes('.')))
      return { value: Math.round(current * scale), end: i + 2, words: false };
  } else if ((first.lower === 'a' || first.lower === 'one') && multiplierOf(tokens[i + 1]) !== undefined) {
    current = 1; // "a hundred", "a dozen"
    last = 'article';
  } else {
    const v = wordValue(first);
    if (v === undefined) return null;
    current = v;
    last = v >= 20 ? 'tens' : 'unit';
  }
  let j = i + 1;
  for (;;) {
    const k = j + joinerAt(tokens, j, last);
    const mult = multiplierOf(tokens[k]);
    const v = wordValue(tokens[k]);
    // A larger multiplier may follow a smaller one: "five hundred thousand".
    if (mult !== undefined && (last !== 'multiplier' || (mult >= 1_000 && current > 0))) {
      scaled = true;
      if (mult >= 1_000) {
        total += (current || 1) * mult;
        current = 0;
      } else current = (current || 1) * mult;
      last = 'multiplier';
    } else if (v !== undefined && (last === 'multiplier' || (last === 'tens' && v > 0 && v < 10))) {
      current += v;
      last = v >= 20 ? 'tens' : 'unit';
    } else break;
    j = k + 1;
  }
  const value = total + current;
  // "1.5 million" is a whole count; rounding removes floating-point dust (1500000.0000000002).
  return { value: scaled ? Math.round(value) : value, end: j, words: first.kind === 'word' };
}
