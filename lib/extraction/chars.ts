// Letter classes for the detector's regular expressions, as explicit ranges rather than
// \p{L}: V8 expands a Unicode property into hundreds of ranges every time it compiles a
// regex that uses one (about a millisecond apiece on first use), and the detector has a few
// dozen, which made the first article a process reads several times slower than the rest.
// The ranges cover the Latin, Greek, Cyrillic, Hebrew and Arabic letters of names in
// English-language news, all in the Basic Multilingual Plane, so the detector's regexes
// also go without the "u" flag, whose case folding costs compile time too. Latin Extended
// letters count as both cases ("Ł", "ł"), so a name starting with one reads as capitalised.

const LATIN_EXTENDED = '\\u0100-\\u024F\\u1E00-\\u1EFF';

/** Upper-case letters, for use inside [...]. */
export const UPPER = `A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE${LATIN_EXTENDED}\\u0391-\\u03A9\\u0410-\\u042F`;

/** Lower-case letters, for use inside [...]. */
export const LOWER = `a-z\\u00DF-\\u00F6\\u00F8-\\u00FF${LATIN_EXTENDED}\\u03B1-\\u03C9\\u0430-\\u044F`;

/** Letters of any case or none, with combining accents, for use inside [...]. */
export const LETTER =
  `A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF${LATIN_EXTENDED}` +
  '\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u052F\\u0590-\\u05FF\\u0600-\\u06FF\\u0750-\\u077F';

// Case tests by the string's own case mapping, which needs no regex at all.
export const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase();
export const isLower = (c: string | undefined) => !!c && c !== c.toUpperCase();
const LETTER_OR_DIGIT = new RegExp(`[${LETTER}0-9]`);
export const isWordChar = (c: string | undefined) => !!c && LETTER_OR_DIGIT.test(c);
