import { describe, expect, it } from 'vitest';
import { rangeFor, type Qualifier } from '@/lib/figures';
import { figureAsWritten } from './figures';

describe('figureAsWritten', () => {
  it('gives back the words the article used, from the stored range and qualifier', () => {
    const cases: [Qualifier, number, string][] = [
      ['exact', 49, '49'],
      ['more than', 250, 'more than 250'],
      ['at least', 100, 'at least 100'],
      ['up to', 40, 'up to 40'],
      ['fewer than', 10, 'fewer than 10'],
      ['about', 300, 'about 300'],
      ['nearly', 100, 'nearly 100'],
      ['hundreds', 1, 'hundreds'],
      ['several', 1, 'several'],
    ];
    for (const [qualifier, n, written] of cases) {
      expect(figureAsWritten({ ...rangeFor(qualifier, n), qualifier })).toBe(written);
    }
    expect(figureAsWritten({ min: 1396, max: 1396, qualifier: 'exact' })).toBe('1,396');
    expect(figureAsWritten({ min: 10, max: 20, qualifier: 'between' })).toBe('between 10 and 20');
  });
});
