// Splits text into numbers, words and single marks, each with its [start, end) offsets into
// the original string. Callers highlight spans of the verbatim article, so nothing here may
// change the text's length: no Unicode normalisation, no replacing of non-breaking spaces.

export type Token = {
  kind: 'number' | 'word' | 'mark';
  text: string;
  /** Lower-case text; for numbers, the digits with group separators removed. */
  lower: string;
  start: number;
  end: number;
};

// Digit groups may be separated by a comma or by a space: normal, non-breaking (U+00A0),
// thin (U+2009) or narrow no-break (U+202F). Only groups of exactly three digits join, so
// "in 2016 120 people" stays two numbers.
const TOKEN =
  /(\d{1,3}(?:[, \u00A0\u2009\u202F]\d{3})+(?!\d)(?:\.\d+)?)|(\d+(?:\.\d+)?)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined || m[2] !== undefined) {
      tokens.push({ kind: 'number', text: m[0], lower: m[0].replace(/[^\d.]/g, ''), start, end });
    } else {
      tokens.push({ kind: m[3] !== undefined ? 'word' : 'mark', text: m[0], lower: m[0].toLowerCase(), start, end });
    }
  }
  return tokens;
}

/** Whether two tokens touch, with no space between them ("twenty-five", "27th"). */
export function touching(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Hyphen-minus, en dash and em dash: all three join ranges in news copy. */
export function isDash(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '-' || token.text === '–' || token.text === '—');
}
