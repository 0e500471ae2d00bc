import { paragraphs, splitSentences, trimSpan } from '@/lib/extraction/sentences';
import type { Span } from '@/lib/extraction/types';

// The steps a keyboard selection in the article moves by (components/review/import/
// article-body.tsx, docs/decisions/026): sentences, the clauses between their commas,
// semicolons, colons and dashes, and words. Offsets into the verbatim body. Plain data and
// plain functions: it runs in the browser.

export type Units = { sentence: Span[]; clause: Span[]; word: Span[] };
export type Unit = keyof Units;
/** A selection as a keyboard makes it: the end that stays (anchor) and the end that moves (focus). */
export type Caret = { anchor: number; focus: number };

const CLAUSE_BREAK = /[,;:()—–]|\s-\s/g;
const OPENERS_AND_CLOSERS = /^[\s”’"')\]]+/;
const WORD = /[\p{L}\p{N}]+(?:[’'.,\-][\p{L}\p{N}]+)*/gu;

export function textUnits(body: string): Units {
  const sentence = paragraphs(body).flatMap((p) => splitSentences(body, p));
  const clause: Span[] = [];
  for (const s of sentence) {
    let from = s.start;
    const cut = (to: number) => {
      const lead = OPENERS_AND_CLOSERS.exec(body.slice(from, to))?.[0].length ?? 0;
      const span = trimSpan(body, from + lead, to);
      if (span.end > span.start) clause.push(span);
    };
    for (const m of body.slice(s.start, s.end).matchAll(CLAUSE_BREAK)) {
      cut(s.start + m.index);
      from = s.start + m.index + m[0].length;
    }
    cut(s.end);
  }
  const word = [...body.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { sentence, clause, word };
}

export const caretSpan = ({ anchor, focus }: Caret): Span => ({
  start: Math.min(anchor, focus),
  end: Math.max(anchor, focus),
});

/**
 * The selection after one step of `units` forward (1) or back (-1). Without `extend`, the
 * next or previous whole unit is selected; with it, the moving end goes to the next unit
 * boundary, shrinking the selection or growing it past the anchor as a text editor's
 * Shift+arrow does. No step past either end of the text: the caret stays.
 */
export function step(units: Span[], caret: Caret | null, dir: 1 | -1, extend: boolean): Caret | null {
  if (!units.length) return caret;
  const whole = (u: Span | undefined) => (u ? { anchor: u.start, focus: u.end } : caret);
  if (!caret) return whole(dir === 1 ? units[0] : units.at(-1));
  const { start, end } = caretSpan(caret);
  if (!extend) {
    return dir === 1 ? whole(units.find((u) => u.start >= end)) : whole(units.findLast((u) => u.end <= start));
  }
  const { anchor, focus } = caret;
  const starts = units.map((u) => u.start);
  const ends = units.map((u) => u.end);
  const after = (list: number[], x: number) => list.find((b) => b > x);
  const before = (list: number[], x: number) => list.findLast((b) => b < x);
  let next: number | undefined;
  if (dir === 1) {
    next = focus < anchor ? after(starts, focus) : after(ends, focus);
    if (focus < anchor && (next === undefined || next >= anchor)) next = after(ends, anchor);
  } else {
    next = focus > anchor ? before(ends, focus) : before(starts, focus);
    if (focus > anchor && (next === undefined || next <= anchor)) next = before(starts, anchor);
  }
  return next === undefined ? caret : { anchor, focus: next };
}
