import { describe, expect, it } from 'vitest';
import { caretSpan, step, textUnits } from './text-units';

const body = [
  'At least 12 people were killed in the flood, the mayor said. “We have never seen it,” said Mayor Ana Ruiz.',
  'According to the Red Cross, more than 300 families were displaced.',
].join('\n\n');
const units = textUnits(body);
const words = (c: ReturnType<typeof step>) => (c ? body.slice(caretSpan(c).start, caretSpan(c).end) : null);

describe('keyboard selection units', () => {
  it('cuts the article into sentences, clauses and words at body offsets', () => {
    expect(units.sentence.map((s) => body.slice(s.start, s.end))).toEqual([
      'At least 12 people were killed in the flood, the mayor said.',
      '“We have never seen it,” said Mayor Ana Ruiz.',
      'According to the Red Cross, more than 300 families were displaced.',
    ]);
    expect(units.clause.map((s) => body.slice(s.start, s.end))).toEqual([
      'At least 12 people were killed in the flood',
      'the mayor said',
      '“We have never seen it',
      'said Mayor Ana Ruiz',
      'According to the Red Cross',
      'more than 300 families were displaced',
    ]);
    expect(units.word.slice(0, 4).map((s) => body.slice(s.start, s.end))).toEqual(['At', 'least', '12', 'people']);
  });

  it('moves by whole units, and stays at either end of the text', () => {
    let caret = step(units.clause, null, 1, false);
    expect(words(caret)).toBe('At least 12 people were killed in the flood');
    caret = step(units.clause, caret, 1, false);
    expect(words(caret)).toBe('the mayor said');
    expect(words(step(units.clause, caret, -1, false))).toBe('At least 12 people were killed in the flood');
    expect(words(step(units.sentence, caret, 1, false))).toBe('“We have never seen it,” said Mayor Ana Ruiz.');
    const first = step(units.clause, null, 1, false);
    expect(step(units.clause, first, -1, false)).toEqual(first);
    const last = step(units.sentence, null, -1, false);
    expect(step(units.sentence, last, 1, false)).toEqual(last);
  });

  it('extends and shrinks the moving end as Shift+arrow does, across the anchor too', () => {
    let caret = step(units.clause, null, 1, false);
    caret = step(units.clause, caret, 1, true);
    expect(words(caret)).toBe('At least 12 people were killed in the flood, the mayor said');
    caret = step(units.word, caret, -1, true);
    expect(words(caret)).toBe('At least 12 people were killed in the flood, the mayor');
    caret = step(units.clause, caret, -1, true);
    expect(words(caret)).toBe('At least 12 people were killed in the flood');

    // From the second clause, back past the anchor: the first clause joins at the front.
    caret = step(units.clause, step(units.clause, null, 1, false), 1, false);
    caret = step(units.clause, { anchor: caret!.focus, focus: caret!.anchor }, -1, true);
    expect(words(caret)).toBe('At least 12 people were killed in the flood, the mayor said');
    caret = step(units.word, caret, 1, true);
    expect(words(caret)).toBe('least 12 people were killed in the flood, the mayor said');
  });
});
