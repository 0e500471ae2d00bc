import { isDash, touching, type Token } from './tokens';

// What a number measures, told only from the words around it. This file does not decide
// whether a number counts casualties; it marks the numbers that plainly measure something
// else (time, dates, percentages) and names the noun after each one, so callers can.

export type QuantityKind = 'count' | 'time' | 'age' | 'date' | 'year' | 'clock' | 'ordinal' | 'percent';

const wordSet = (...lines: string[]) => new Set(lines.join(' ').split(' '));

const TIME_UNITS = wordSet(
  'second seconds minute minutes hour hours day days night nights week weeks weekend weekends',
  'month months year years decade decades century centuries',
);
const MONTHS = wordSet('january february march april may june july', 'august september october november december');
// "Dec. 19", "Sept 3": a month abbreviated, with or without its full stop. ("Mar" and "May" are
// left to the full names: before a number they are as likely a verb.)
const MONTH_ABBREVIATIONS = wordSet('jan feb apr jun jul aug sep sept oct nov dec');
// Words that end a noun phrase before it starts: "six in the city" has no noun after "six".
// "may" is left out: before a number ("27 May") it is likelier the month than the verb.
const FUNCTION_WORDS = wordSet(
  'a an and or but nor in on at by for with from to into onto as of the this that these those',
  'which who whom whose was were is are be been being had has have will would could should might',
  'it its their his her our your said says',
);
// "in 2016", "since 2011": a four-digit number after these is a year, not a count.
const YEAR_LEAD_INS = wordSet('in since until till by during before after from early late mid of');

export type Surroundings = { kind: QuantityKind; noun: string | null; next: number };

/**
 * Classifies the quantity whose number begins at tokens[first] and whose tokens end before
 * tokens[next]. Returns `next` extended past a suffix that belongs to it ("27th", "10%").
 */
export function surroundings(tokens: readonly Token[], first: number, next: number, plainYear: boolean): Surroundings {
  const last = tokens[next - 1];
  const after = tokens[next];
  const before = tokens[first - 1]?.lower;
  if (last?.kind === 'number' && after?.kind === 'word' && touching(last, after)) {
    // A suffix glued to the digits: "27th", "3pm", "1990s", "10km".
    const suffix = after.lower;
    if (/^(st|nd|rd|th)$/.test(suffix)) {
      const date = MONTHS.has(before ?? '') || MONTHS.has(nounAfter(tokens, next + 1) ?? '');
      return { kind: date ? 'date' : 'ordinal', noun: nounAfter(tokens, next + 1), next: next + 1 };
    }
    if (suffix === 'am' || suffix === 'pm') return { kind: 'clock', noun: null, next: next + 1 };
    if (suffix === 's' && plainYear) return { kind: 'year', noun: nounAfter(tokens, next + 1), next: next + 1 };
    return { kind: 'count', noun: suffix, next: next + 1 };
  }
  if (after?.text === '%') return { kind: 'percent', noun: '%', next: next + 1 };
  if (last?.kind === 'number' && (after?.text === ':' || after?.text === '/')) {
    // "10:30", "27/02/2016": digits joined by a colon or slash with no spaces.
    let k = next;
    const joined = (t: number) => tokens[t]?.text === after.text && touching(tokens[t - 1], tokens[t]);
    while (joined(k) && tokens[k + 1]?.kind === 'number' && touching(tokens[k], tokens[k + 1])) k += 2;
    if (k > next) return { kind: after.text === ':' ? 'clock' : 'date', noun: nounAfter(tokens, k), next: k };
  }
  const noun = nounAfter(tokens, next);
  const abbreviated = before === '.' ? tokens[first - 2]?.lower : before;
  if (last?.kind === 'number' && (MONTH_ABBREVIATIONS.has(abbreviated ?? '') || MONTH_ABBREVIATIONS.has(noun ?? '')))
    return { kind: 'date', noun, next };
  return { kind: kindFromWords(before, noun, plainYear), noun, next };
}

function kindFromWords(before: string | undefined, noun: string | null, plainYear: boolean): QuantityKind {
  if (MONTHS.has(before ?? '') || MONTHS.has(noun ?? '')) return 'date';
  if (noun?.endsWith('old')) return 'age'; // "24-year-old", "three years old"
  if (TIME_UNITS.has(noun?.split('-')[0] ?? '')) return 'time'; // "10 days", "a 10-day truce"
  if (noun === 'am' || noun === 'pm') return 'clock';
  if (noun === 'percent' || noun === 'per cent') return 'percent';
  if (plainYear && (YEAR_LEAD_INS.has(before ?? '') || noun === null)) return 'year';
  return 'count';
}

const QUOTES = new Set(['"', '”', '’', "'"]);

/** The word after a quantity, lower-case, past "of (the)": "hundreds of people" → "people". */
export function nounAfter(tokens: readonly Token[], k: number): string | null {
  if (isDash(tokens[k]) && touching(tokens[k - 1], tokens[k]) && tokens[k + 1]?.kind === 'word') {
    // A compound glued to the number: "10-day", "24-year-old".
    const words: string[] = [];
    while (isDash(tokens[k]) && touching(tokens[k - 1], tokens[k]) && touching(tokens[k], tokens[k + 1])) {
      if (tokens[k + 1].kind !== 'word') break;
      words.push(tokens[k + 1].lower);
      k += 2;
    }
    if (words.length) return words.join('-');
  }
  // ('"dozens" of soldiers': a closing quotation mark after the number is no noun.)
  if (QUOTES.has(tokens[k]?.text ?? '') && tokens[k + 1]?.lower === 'of') k++;
  // ("13 'terrorists' were killed": an opening one before the noun neither.)
  else if (QUOTES.has(tokens[k]?.text ?? '') || tokens[k]?.text === '“' || tokens[k]?.text === '‘') {
    if (tokens[k + 1]?.kind === 'word' && touching(tokens[k], tokens[k + 1])) k++;
  }
  if (tokens[k]?.lower === 'of') k += tokens[k + 1]?.lower === 'the' ? 2 : 1;
  const word = tokens[k];
  if (word?.kind !== 'word' || FUNCTION_WORDS.has(word.lower)) return null;
  const following = tokens[k + 1]?.lower;
  if (TIME_UNITS.has(word.lower) && following === 'old') return `${word.lower} old`;
  if (word.lower === 'per' && following === 'cent') return 'per cent';
  return word.lower;
}
