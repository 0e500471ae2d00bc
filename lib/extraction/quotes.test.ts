import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { findQuotes, isSubheading, maskQuotes, standsAlone } from './quotes';

const whole = (body: string) => ({ start: 0, end: body.length });
const inner = (body: string) => findQuotes(body, whole(body)).map((q) => body.slice(q.inner.start, q.inner.end));

describe('findQuotes', () => {
  it('finds curly, straight and single quotations', () => {
    expect(inner('“Go home,” he said. "Now," she said.')).toEqual(['Go home,', 'Now,']);
    expect(inner('The motto was ‘never again’ for years.')).toEqual(['never again']);
  });

  it('does not take an apostrophe for a closing mark', () => {
    expect(inner('‘Italy’s coast is next,’ the mayor said.')).toEqual(['Italy’s coast is next,']);
    expect(inner('The region’s governor’s office said nothing.')).toEqual([]);
  });

  it('reads typewriter single quotes as a quotation only where one opens at a capital', () => {
    expect(inner("'Every family has lost someone,' the mayor said.")).toEqual(['Every family has lost someone,']);
    expect(inner("'Gaza's hospitals are full,' she said.")).toEqual(["Gaza's hospitals are full,"]);
    expect(inner("Shops built in the '90s stayed shut, and the students' bus never came.")).toEqual([]);
  });

  it('runs an unclosed quotation to the end of the paragraph', () => {
    const body = '“We will rebuild the school and the clinic.';
    const [quote] = findQuotes(body, whole(body));
    expect(quote.close).toBeNull();
    expect(body.slice(quote.inner.start, quote.inner.end)).toBe('We will rebuild the school and the clinic.');
  });
});

describe('maskQuotes', () => {
  it('blanks quoted words, keeps the marks, the length and a final full stop', () => {
    const body = 'He said: “They said no.” Fine.';
    const masked = maskQuotes(body, findQuotes(body, whole(body)));
    expect(masked).toBe(`He said: “${'x'.repeat('They said no'.length)}.” Fine.`);
  });
});

describe('standsAlone and isSubheading', () => {
  it('takes quotations that open a sentence or follow "said:", not a few words inside one', () => {
    const body = 'The envoy called it “a turning point” in the talks.';
    const [partial] = findQuotes(body, whole(body));
    expect(standsAlone(body, partial, whole(body))).toBe(false);
    const said = 'The envoy said: “This is a turning point.”';
    expect(standsAlone(said, findQuotes(said, whole(said))[0], whole(said))).toBe(true);
  });

  it('reads a short quoted line with no full stop as a subheading', () => {
    const body = '‘A long winter’';
    expect(isSubheading(body, findQuotes(body, whole(body))[0], whole(body))).toBe(true);
    const line = '“We have lost everything we owned.”';
    expect(isSubheading(line, findQuotes(line, whole(line))[0], whole(line))).toBe(false);
  });
});

describe('a quotation proposed as a claim', () => {
  it('keeps en and em dashes inside a quotation and its span', () => {
    const body = '“Both crews – the day shift and the night shift — stayed on,” the foreman said.';
    const [quote] = extractClaims(body);
    expect(quote).toMatchObject({
      kind: 'quote',
      text: 'Both crews – the day shift and the night shift — stayed on',
      claimant: { name: 'foreman' },
    });
    expect(body.slice(quote.start, quote.end)).toBe(quote.text);
  });
});
