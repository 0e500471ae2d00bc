import { describe, expect, it } from 'vitest';
import { segmentArticle } from './segments';

const texts = (paragraphs: ReturnType<typeof segmentArticle>) => paragraphs.map((p) => p.map((s) => s.text));

describe('segmentArticle', () => {
  it('splits paragraphs at line breaks and marks a claim in place', () => {
    const body = 'First line.\n\nSome 12 people died.';
    const start = body.indexOf('12 people');
    const paragraphs = segmentArticle(body, [{ key: 'a', start, end: start + 9 }]);
    expect(texts(paragraphs)).toEqual([['First line.'], ['Some ', '12 people', ' died.']]);
    expect(paragraphs[1][1]).toEqual({ text: '12 people', keys: ['a'], starts: ['a'], ends: ['a'] });
  });

  it('cuts overlapping claims into runs, each claim anchored once and its verdict after its last run', () => {
    const body = 'abcdefghij';
    const paragraphs = segmentArticle(body, [
      { key: 'outer', start: 0, end: 8 },
      { key: 'inner', start: 3, end: 10 },
    ]);
    expect(texts(paragraphs)).toEqual([['abc', 'defgh', 'ij']]);
    expect(paragraphs[0].map((s) => [s.keys, s.starts, s.ends])).toEqual([
      [['outer'], ['outer'], []],
      [['outer', 'inner'], ['inner'], ['outer']],
      [['inner'], [], ['inner']],
    ]);
  });

  it('carries a claim across a paragraph break and ignores spans outside the body', () => {
    const body = 'one two\nthree four';
    const paragraphs = segmentArticle(body, [
      { key: 'x', start: 4, end: 13 },
      { key: 'bad', start: 5, end: 99 },
    ]);
    expect(texts(paragraphs)).toEqual([
      ['one ', 'two'],
      ['three', ' four'],
    ]);
    expect(paragraphs[0][1]).toMatchObject({ keys: ['x'], starts: ['x'], ends: [] });
    expect(paragraphs[1][0]).toMatchObject({ keys: ['x'], starts: [], ends: ['x'] });
  });
});
