import { isWordChar } from './chars';
import type { Span } from './types';

// Quotation marks: where each quotation opens and closes, and a masked copy of the body in
// which quoted words are blanked, so rules about the reporter's sentence never fire on
// the words of the person quoted.

export type Quote = {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark; null when the quotation runs on to the paragraph's end. */
  close: number | null;
  /** The words inside the marks. */
  inner: Span;
};

const PAIRS: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»', "'": "'" };

export function findQuotes(body: string, { start, end }: Span): Quote[] {
  const quotes: Quote[] = [];
  for (let i = start; i < end; i++) {
    const mark = PAIRS[body[i]];
    if (mark === undefined || !opens(body, i, start)) continue;
    const close = closing(body, i + 1, end, mark);
    quotes.push({ open: i, close, inner: { start: i + 1, end: close ?? end } });
    if (close === null) break;
    i = close;
  }
  return quotes;
}

// ‘ and " double as other marks, so they open a quotation only at the start of a word; a
// typewriter apostrophe, also written in "'90s" and "'til", only at a capital ('All forces must …').
function opens(body: string, i: number, start: number): boolean {
  if (body[i] === '“' || body[i] === '«') return true;
  const before = i === start ? ' ' : body[i - 1];
  const after = body[i + 1] ?? '';
  return /[\s([—–-]/.test(before) && (body[i] === "'" ? /[A-Z]/.test(after) : /\S/.test(after));
}

// ’ and ' are also the apostrophe of "Italy’s": a closing mark is never followed by a letter.
// The search stays inside the paragraph: searching the rest of the body for a mark that
// never comes, once per paragraph, would make many unclosed quotations quadratic.
function closing(body: string, from: number, end: number, mark: string): number | null {
  for (let i = from; i < end; i++) {
    if (body[i] === mark && ((mark !== '’' && mark !== "'") || !isWordChar(body[i + 1]))) return i;
  }
  return null;
}

/**
 * The body with every quoted character replaced by "x", same length, marks kept. A final
 * ".", "?" or "!" inside the marks stays, so a quotation can still end its sentence.
 */
export function maskQuotes(body: string, quotes: readonly Quote[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { inner } of quotes) {
    const last = body[inner.end - 1];
    const keep = inner.end > inner.start && /[.!?]/.test(last) ? 1 : 0;
    parts.push(body.slice(at, inner.start), 'x'.repeat(inner.end - inner.start - keep));
    at = inner.end - keep;
  }
  parts.push(body.slice(at));
  return parts.join('');
}

/**
 * A quotation that stands as a claim: it opens its paragraph or sentence, or follows
 * "said:", "said," or "said". A few words quoted inside the reporter's own sentence ("for a “much
 * better mechanism”") belong to that sentence's claim instead.
 */
export function standsAlone(masked: string, quote: Quote, sentence: Span): boolean {
  // Sentences are trimmed, so a quotation that opens one starts at its first character.
  const before = masked.slice(Math.max(sentence.start, quote.open - 20), quote.open);
  return quote.open === sentence.start || /(?:[:,]|\b(?:said|says|added|adds|asked|replied|wrote))\s*$/.test(before);
}

/** A short quoted line with no full stop is a subheading ("‘Close to collapse’"), not a quotation. */
export function isSubheading(body: string, quote: Quote, paragraph: Span): boolean {
  const words = body.slice(quote.inner.start, quote.inner.end).trim().split(/\s+/).length;
  const whole = quote.open === paragraph.start && (quote.close ?? paragraph.end) + 1 >= paragraph.end;
  return whole && words < 6 && !/[.!?]$/.test(body.slice(quote.inner.start, quote.inner.end).trim());
}
