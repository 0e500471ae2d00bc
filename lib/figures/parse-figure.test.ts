import { describe, expect, it } from 'vitest';
import { parseFigure } from './parse-figure';

describe('parseFigure', () => {
  it('reads the first count, passing over numbers of time and dates', () => {
    expect(parseFigure('in the 10 days to February 27, 49 children')).toEqual({ min: 49, max: 49, qualifier: 'exact' });
  });

  it('falls back to the first number when nothing is a count', () => {
    expect(parseFigure('2016')).toEqual({ min: 2016, max: 2016, qualifier: 'exact' });
    expect(parseFigure('10 days')).toEqual({ min: 10, max: 10, qualifier: 'exact' });
  });

  it('is null without a number', () => {
    expect(parseFigure('')).toBeNull();
    expect(parseFigure('many people')).toBeNull();
  });
});
