// Safe to import in the browser (no zod).

/** A one-line statement from a span: whitespace collapsed, at most 75 characters, cut at a word. */
export function defaultStatement(text: string, max = 75): string {
  const line = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .replace(/[\s,;:]+$/, '');
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  // Drop a word cut in half, then any punctuation left at the end.
  const atWord = (/\s/.test(line[max - 1]!) ? cut : cut.replace(/\s+\S*$/, '')).replace(/[\s,;:]+$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}
