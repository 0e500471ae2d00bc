// Safe to import in the browser (no zod).

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);
const isSpaceOrStop = (c: string) => c === ',' || c === ';' || c === ':' || /\s/.test(c);

// Runs of marks are cut by scanning from the ends: a regex such as /[,;:]+$/ tries every
// mark of a long run in the middle of the text and reads the rest of the run each time,
// which is quadratic in the run (a span with 20,000 commas took 3 s).
function trimEnds(text: string, start: (c: string) => boolean, end: (c: string) => boolean) {
  let from = 0;
  let to = text.length;
  while (from < to && start(text[from]!)) from++;
  while (to > from && end(text[to - 1]!)) to--;
  return text.slice(from, to);
}

/** A one-line statement from a span: whitespace collapsed, at most 75 characters, cut at a word. */
export function defaultStatement(text: string, max = 75): string {
  const unquoted = trimEnds(
    text.replace(/\s+/g, ' ').trim(),
    (c) => QUOTE_MARKS.has(c),
    (c) => QUOTE_MARKS.has(c),
  );
  const line = trimEnds(unquoted, () => false, isSpaceOrStop);
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  // Drop a word cut in half, then any punctuation left at the end.
  const atWord = (/\s/.test(line[max - 1]!) ? cut : cut.replace(/\s+\S*$/, '')).replace(/[\s,;:]+$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}
