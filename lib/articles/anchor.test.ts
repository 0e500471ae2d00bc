import { describe, expect, it } from 'vitest';
import { anchorSpan, reanchor } from './anchor';

const span = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`no "${quote}"`);
  return { start, end: start + quote.length };
};

const OLD =
  'ALEPPO, Syria — Fighting went on overnight. The Syrian Observatory said at least 100 civilians were killed in ten days. ' +
  'Government media reported six dead in one attack. Talks resume in Geneva on Monday.';

describe('anchorSpan', () => {
  it('keeps a span whose text did not change', () => {
    const s = span(OLD, 'at least 100 civilians were killed');
    expect(anchorSpan(OLD, OLD, s)).toEqual({ status: 'kept', ...s, quote: 'at least 100 civilians were killed' });
  });

  it('follows its words when text is inserted before them', () => {
    const s = span(OLD, 'six dead in one attack');
    const next = OLD.replace(
      'Fighting went on overnight.',
      'Fighting went on overnight, residents said, and into the morning.',
    );
    const a = anchorSpan(OLD, next, s);
    expect(a.status).toBe('kept');
    if (a.status !== 'kept') return;
    expect(next.slice(a.start, a.end)).toBe('six dead in one attack');
    expect(a.start).toBe(s.start + 'residents said, and into the morning.'.length - 1 + 2);
  });

  it('is unaffected by text removed after it', () => {
    const s = span(OLD, 'at least 100 civilians');
    const next = OLD.replace(' Talks resume in Geneva on Monday.', '');
    expect(anchorSpan(OLD, next, s)).toMatchObject({ status: 'kept', start: s.start, end: s.end });
  });

  it('picks the duplicate whose context matches (a caption repeated in the text)', () => {
    const text =
      'Caption: 49 children were killed. Body one. The Observatory said 49 children were killed in the east. End.';
    const second = span(text, '49 children were killed', 20);
    const next = 'NEW LINE. ' + text;
    const a = anchorSpan(text, next, second);
    expect(a).toMatchObject({ status: 'kept', start: second.start + 10, end: second.end + 10 });
  });

  it('picks the nearest of duplicates with the same context', () => {
    const line = 'The toll rose to 12 dead on Friday.\n';
    const text = line + 'Middle paragraph.\n' + line;
    const second = span(text, '12 dead', 10);
    const next = 'Intro.\n' + text;
    const a = anchorSpan(text, next, second);
    expect(a).toMatchObject({ status: 'kept', start: second.start + 7 });
  });

  it('finds words whose spacing changed and reads the new spacing', () => {
    const s = span(OLD, 'at least 100 civilians were killed');
    const next = OLD.replace('at least 100 civilians', 'at\u00a0least 100\ncivilians');
    const a = anchorSpan(OLD, next, s);
    expect(a).toMatchObject({ status: 'kept', quote: 'at\u00a0least 100\ncivilians were killed' });
  });

  it('flags a figure edited in place, with the new words', () => {
    const s = span(OLD, 'at least 100 civilians were killed');
    const next = OLD.replace(
      'at least 100 civilians were killed',
      'at least 140 civilians, including 30 children, were killed',
    );
    const a = anchorSpan(OLD, next, s);
    expect(a).toEqual({
      status: 'changed',
      start: s.start,
      end: s.start + 'at least 140 civilians, including 30 children, were killed'.length,
      quote: 'at least 140 civilians, including 30 children, were killed',
    });
  });

  it('does not take an edited figure for the same words stated elsewhere', () => {
    const text = 'Officials said 50 people died. Later a monitor said 20 people died in the city.';
    const first = span(text, '50 people died');
    const next =
      'Officials said 70 people died. Later a monitor said 20 people died in the city. Earlier: 50 people died, a nurse said.';
    expect(anchorSpan(text, next, first)).toMatchObject({ status: 'changed', quote: '70 people died' });
  });

  it('flags a span whose words and context were removed', () => {
    const s = span(OLD, 'six dead in one attack');
    const next = OLD.replace('Government media reported six dead in one attack. ', '');
    const a = anchorSpan(OLD, next, s);
    expect(a.status).toBe('gone');
  });

  it('flags a span whose words were removed but its context stayed', () => {
    const text = 'He said: "We lost 30 men." Then he left.';
    const s = span(text, 'We lost 30 men.');
    const next = 'He said: "" Then he left.';
    expect(anchorSpan(text, next, s).status).toBe('gone');
  });

  it('counts offsets in UTF-16 code units, emoji and accents included', () => {
    const text = 'Résumé 🙂🙂 — the ministry said 7 were hurt 🚑 today.';
    const s = span(text, '7 were hurt');
    const next = '🙂 ' + text;
    const a = anchorSpan(text, next, s);
    expect(a).toMatchObject({ status: 'kept', start: s.start + 3 });
    if (a.status === 'kept') expect(next.slice(a.start, a.end)).toBe('7 were hurt');
  });

  it('never cuts an emoji in the context', () => {
    const text = '🙂'.repeat(20) + 'X hurt' + '🚑'.repeat(20);
    const s = span(text, 'X hurt');
    const next = text.replace('X hurt', 'Y hurt');
    expect(anchorSpan(text, next, s)).toMatchObject({ status: 'changed', quote: 'Y hurt' });
  });

  it('keeps a span at the very start and end of a text', () => {
    const text = '12 killed, said the army';
    expect(anchorSpan(text, 'Update: ' + text, span(text, '12 killed'))).toMatchObject({ status: 'kept', start: 8 });
    expect(anchorSpan(text, text + '.', span(text, 'said the army'))).toMatchObject({ status: 'kept', start: 11 });
  });
});

describe('reanchor', () => {
  it('answers for every holder, whatever its kind', () => {
    const next = OLD.replace('six dead', 'eight dead');
    const holders = [
      { id: 'a', kind: 'claim', ...span(OLD, 'six dead in one attack'), quote: 'six dead in one attack' },
      { id: 'b', kind: 'appearance', ...span(OLD, 'Talks resume'), quote: 'Talks resume' },
    ];
    const out = reanchor(OLD, next, holders);
    expect(out.map((r) => [r.holder.id, r.anchoring.status])).toEqual([
      ['a', 'changed'],
      ['b', 'kept'],
    ]);
  });

  it('clamps a span that no longer fits its old text', () => {
    const [r] = reanchor('short', 'short text', [{ id: 'x', kind: 'claim', start: 2, end: 99, quote: 'ort' }]);
    expect(r!.anchoring).toMatchObject({ status: 'kept', start: 2, end: 5 });
  });
});
