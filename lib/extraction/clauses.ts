import { findQuantities } from '@/lib/figures';
import { CONTINUATION, clauseEnd, trimSpan, wordCount } from './sentences';
import type { Span } from './types';

// Where a claimed clause begins and ends once an attribution is found: the clause after the
// verb and the ", while …" clauses that continue it, or, when the attribution trails ("C,
// police said."), the clause before it. Frames are built here for attribution.ts.

export type Frame = {
  kind: 'reported' | 'according' | 'act';
  /** The words naming the speaker; null when the sentence does not say. */
  subject: Span | null;
  attribution: string;
  /** The claimed clauses: one, or several joined by ", while". */
  clauses: Span[];
};

// The words after a verb that can still belong to its frame; a bounded window keeps long
// sentences linear.
export const LOOKAHEAD = 200;
export const ahead = (masked: string, from: number, end: number) => masked.slice(from, Math.min(end, from + LOOKAHEAD));

const OWN_SPEAKER =
  /^[^,.;]{0,80}?\b(?:said|says|say|told|added|warned|reported|reports|announced|stated|confirmed|according\s+to)\b/i;

/** The clause from `start`, and any ", while …" clauses after it, which the same speaker claims. */
export function clausesFrom(masked: string, start: number, end: number): Span[] {
  const clauses: Span[] = [];
  for (;;) {
    const stop = ownSpeakerAfter(masked, start, clauseEnd(masked, start, end));
    const clause = trimSpan(masked, start, stop);
    // ", while four were wounded", ", while 30 others …": a count that needs the clause before it
    // for its group is one claim with it (its own group, ", while three people were …", is not).
    const last = clauses.at(-1);
    if (last && clause.end > clause.start && goesOnCounting(masked.slice(clause.start, clause.end)))
      last.end = clause.end;
    else if (clause.end > clause.start) clauses.push(clause);
    const more = CONTINUATION.exec(ahead(masked, stop, end));
    // ", while the agency warned that …" has a speaker of its own: its frame claims it.
    if (!more || OWN_SPEAKER.test(ahead(masked, stop + more[0].length, end))) return clauses;
    start = stop + more[0].length;
  }
}

// "… said 300 homes were destroyed, and a hospital official said 20 were wounded": the clause ends
// where another speaker's begins. (Searched within a bounded window: a long clause stays linear.)
const NEXT_SPEAKER =
  /,\s+(?:and|but)\s+(?=(?:the\s+|a\s+|an\s+)?[^,.;"“”]{1,60}?\s(?:said|says|told|added|reported)\b)/;

function ownSpeakerAfter(masked: string, start: number, stop: number): number {
  const m = NEXT_SPEAKER.exec(masked.slice(start, Math.min(stop, start + LOOKAHEAD * 2)));
  return m ? start + m.index : stop;
}

// A count with no group of its own at the clause's start: "four were wounded", "several others".
const BORROWS_GROUP = new Set(['others', 'other', 'more', 'were', 'was', 'have', 'has', 'had', 'died']);
function goesOnCounting(clause: string): boolean {
  // (", while another man and woman were injured": a single that goes on from the clause before.)
  if (/^(?:another|other)\s/i.test(clause)) return true;
  const first = findQuantities(clause.slice(0, 60))[0];
  return (
    !!first && first.kind === 'count' && first.start <= 12 && (first.noun === null || BORROWS_GROUP.has(first.noun))
  );
}

// "C, said the ministry." names the speaker after the verb: a noun phrase with no verb in
// it, but for "who identified himself as …" (names.ts reads the name out of it).
// A word of it may be a dotted acronym ("said the U.N.").
// An honorific keeps its full stop ("noted Ms. Pagonis").
const INVERTED_WORD = '(?:(?:[A-Z]\\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof)\\.|[^\\s,.;:!?“”"]+)';
const INVERTED = new RegExp(
  `^\\s+((?:the\\s+|a\\s+|an\\s+)?${INVERTED_WORD}(?:\\s+${INVERTED_WORD}){0,11}?)\\s*(?:[,.;!?]|$)`,
);
const NOT_A_NAME =
  /\b(?:is|are|was|were|had|has|have|would|will|could|that|it|he|she|they)\b|^(?:in|on|at|by|from|with|to|for|after|before|during)\b/i;

/** The comma just before `at` (spaces aside), if the text from `from` has one there. */
export function commaBefore(masked: string, from: number, at: number): number | null {
  let k = at - 1;
  while (k > from && /\s/.test(masked[k])) k--;
  // "violations “continue with impunity,” she said": the comma is inside the quotation (masked),
  // which the claim keeps whole, closing mark included.
  if (k > from && /[”"]/.test(masked[k]) && masked[k - 1] === 'x') return k + 1;
  return k > from && masked[k] === ',' ? k : null;
}

/** "C, police said." / "C, said the ministry.": the attribution trails its claim. */
export function trailing(
  masked: string,
  sentence: Span,
  from: number,
  at: number,
  end: number,
  verb: string,
  subject: Span | null,
) {
  let speaker = subject;
  if (!speaker) {
    const named = INVERTED.exec(ahead(masked, end, sentence.end));
    if (!named || NOT_A_NAME.test(named[1])) return null;
    const start = end + named[0].indexOf(named[1]);
    speaker = { start, end: start + named[1].length };
  }
  // "C as the police and witnesses said Monday": "as" stands for the comma.
  const as = subject ? /\s+as\s+$/.exec(masked.slice(Math.max(from, subject.start - 8), subject.start)) : null;
  const comma = as
    ? Math.max(from, subject!.start - 8) + as.index
    : commaBefore(masked, from, subject ? subject.start : at);
  if (comma === null) return null;
  // '… had “shelled areas,” she added, “killing civilians …”': one quotation split by its
  // speaker, which the quotation rules read as a whole.
  if (/[”"]/.test(masked[comma - 1]) && /^\s*,\s*[“"]/.test(ahead(masked, end, sentence.end))) return null;
  // "A, U.N. officials said, killing nine …": the claim runs on past its attribution.
  // (Only after "X said": an inverted "…, said X" names X after the verb, and X may run on.)
  const after = end;
  const rest = subject ? GOES_ON.exec(ahead(masked, after, sentence.end)) : null;
  const goesOn =
    rest && !OWN_SPEAKER.test(masked.slice(after + rest[0].length, sentence.end))
      ? clauseEnd(masked, after + rest[0].length, sentence.end)
      : null;
  const claim = trimSpan(masked, from, goesOn ?? comma);
  // A quotation before the comma is quotes.ts's claim, not a trailing one. (Only the first
  // words are counted: the claim may be a long sentence, and this runs for every "said".)
  const quoted = /[“"‘]/.test(masked[claim.start] ?? '') && /[”"’]/.test(masked[claim.end - 1] ?? '');
  if (quoted || wordCount(masked.slice(claim.start, Math.min(claim.end, claim.start + 60))) < 3) return null;
  return frame('reported', speaker, verb.toLowerCase(), [claim]);
}

// ", killing nine in …", ", seven soldiers … were killed": a clause after the attribution, not a new one.
const GOES_ON =
  /^\s*,\s+(?!(?:adding|saying|citing|quoting|referring|speaking|while|whereas|as|but|although|though|who|which|according|and|or)\b|with\s+[^,.;:]{2,60}?\s+(?:saying|citing|reporting|putting)\b)(?=(?:[^\s,.;]+\s+){2}[^\s,.;]+)/i;

export function frame(kind: Frame['kind'], subject: Span | null, attribution: string, clauses: Span[]): Frame | null {
  return clauses.length ? { kind, subject, attribution, clauses } : null;
}
