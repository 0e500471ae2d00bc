import { describe, expect, it } from 'vitest';
import { assertSpanText, spanText, SpanError } from '@/lib/claims/span';

const body = 'Officials said “six people\u00a0died” on Sunday.';

describe('claim spans', () => {
  it('reads the exact text, counting curly quotes and non-breaking spaces as one character each', () => {
    const start = body.indexOf('six');
    expect(spanText(body, { start, end: start + 'six people\u00a0died'.length })).toBe('six people\u00a0died');
  });

  it.each([
    [{ start: -1, end: 4 }, /outside the article/],
    [{ start: 0, end: body.length + 1 }, /outside the article/],
    [{ start: 5, end: 5 }, /empty/],
    [{ start: 1.5, end: 4 }, /whole numbers/],
  ])('refuses %o', (span, message) => {
    expect(() => spanText(body, span)).toThrow(SpanError);
    expect(() => spanText(body, span)).toThrow(message);
  });

  it('says what the span reads when it does not match the expected text', () => {
    expect(() => assertSpanText(body, { start: 0, end: 9 }, 'Official')).toThrow(/reads "Officials", not "Official"/);
  });
});
