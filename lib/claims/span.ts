// A claim is a pair of offsets into its article's verbatim body (UTF-16 code units, as
// JavaScript strings count them). Every write checks the pair against the body.

export type Span = { start: number; end: number };

export class SpanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpanError';
  }
}

/** Returns the exact text of the span, or throws SpanError saying what is wrong. */
export function spanText(body: string, { start, end }: Span): string {
  if (!Number.isInteger(start) || !Number.isInteger(end))
    throw new SpanError('The span offsets must be whole numbers.');
  if (start < 0 || end > body.length) {
    throw new SpanError(`The span ${start}–${end} falls outside the article (0–${body.length}).`);
  }
  if (end <= start) throw new SpanError(`The span ${start}–${end} is empty.`);
  return body.slice(start, end);
}

/** Checks that the span covers exactly `expected`. */
export function assertSpanText(body: string, span: Span, expected: string) {
  const actual = spanText(body, span);
  if (actual !== expected) {
    throw new SpanError(`The span ${span.start}–${span.end} reads "${truncate(actual)}", not "${truncate(expected)}".`);
  }
}

function truncate(text: string, max = 60) {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
