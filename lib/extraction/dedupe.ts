import type { Proposal, Span } from './types';

// One claim, one proposal. Web copy repeats itself (a photo caption printed twice), and two
// rules can fire on the same words: the first copy of a text stays, and of two overlapping
// proposals the more confident one.

export const textKey = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Paragraphs whose text has not appeared before, in order: a repeated caption is read once. */
export function firstCopies(body: string, paragraphs: readonly Span[]): boolean[] {
  const seen = new Set<string>();
  return paragraphs.map(({ start, end }) => {
    const key = textKey(body.slice(start, end));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function dedupe(proposals: readonly Proposal[]): Proposal[] {
  const sorted = [...proposals].sort((a, b) => a.start - b.start || b.confidence - a.confidence || a.end - b.end);
  const kept: Proposal[] = [];
  const texts = new Set<string>();
  for (const p of sorted) {
    const key = textKey(p.text);
    if (texts.has(key)) continue;
    // Kept spans never overlap and are sorted, so only the last one can overlap the next.
    const last = kept.at(-1);
    if (last && p.start < last.end) {
      if (p.confidence <= last.confidence) continue;
      kept.pop();
    }
    kept.push(p);
    texts.add(key);
  }
  return kept;
}
