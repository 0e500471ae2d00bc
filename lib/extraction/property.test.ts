import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

// Any pasted text must be safe to import: no exception, and every span a valid, exact,
// sorted slice of the body. The generator mixes news-like fragments with arbitrary text.

const FRAGMENTS = [
  ' said ',
  ' said that ',
  ', according to ',
  ' told reporters ',
  '“',
  '”',
  '‘',
  '’',
  '"',
  '\u00A0',
  ' – ',
  '—',
  '. ',
  ', while ',
  'more than 250 civilians',
  ' were killed',
  ' wounded several people',
  ' including 49 children',
  'hundreds of',
  ' He said.',
  'The group',
  ' It ',
  'Referring to the bombing of',
  '[Jo Bloggs/AP]',
  '\n',
  '\n\n',
  'Source: Gazette',
  'Kerry',
  ' de ',
  'Al ',
  ':',
];
const newsText = fc
  .array(
    fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

describe('extractClaims on any text', () => {
  it('never throws and always returns valid, exact, sorted spans', () => {
    fc.assert(
      fc.property(newsText, (body) => {
        const proposals = extractClaims(body);
        let previous = -1;
        for (const p of proposals) {
          expect(Number.isInteger(p.start) && Number.isInteger(p.end)).toBe(true);
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(body.length);
          expect(body.slice(p.start, p.end)).toBe(p.text);
          expect(p.start).toBeGreaterThanOrEqual(previous);
          previous = p.start;
          for (const f of p.figures) expect(f.max === null || f.max >= f.min).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same text gives the same proposals', () => {
    fc.assert(
      fc.property(newsText, (body) => {
        expect(extractClaims(body)).toEqual(extractClaims(body));
      }),
      { numRuns: 100 },
    );
  });
});
