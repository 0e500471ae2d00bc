import type { Stage } from '@/lib/generated/prisma/enums';
import { isPublicStage } from './stages';

// What a claim says to readers (DESIGN.md "The published record is a two-person record").
// A change to any of these on an approved claim sends it back to review; on a published
// one it waits in a correction. The rest of a claim is the newsroom's own bookkeeping
// (assignee, internal notes, comments, internal evidence) and may change at any stage.
// Everything a comparison holds (question, figures, their order, the reading) is content.
export const claimContentFields = [
  'statement',
  'kind',
  'claimantId',
  'attribution',
  'explanation',
  'spanStart',
  'spanEnd',
  'quote',
  'verdictKey',
  'verdictReason',
] as const;

const words: Record<(typeof claimContentFields)[number], string> = {
  statement: 'statement',
  kind: 'kind',
  claimantId: 'claimant',
  attribution: 'attribution',
  explanation: 'explanation',
  spanStart: 'span',
  spanEnd: 'span',
  quote: 'span',
  verdictKey: 'verdict',
  verdictReason: 'verdict',
};

/** The content a set of changed claim fields touches, in words ("statement, claimant"), or null. */
export function claimContentChanged(changedFields: readonly string[]): string | null {
  const touched = new Set(changedFields.flatMap((f) => (f in words ? [words[f as keyof typeof words]] : [])));
  return touched.size ? [...touched].join(', ') : null;
}

/** Readers see the item: its content changes only through a correction (or not at all, once retracted). */
export function isFrozen(stage: Stage) {
  return isPublicStage(stage);
}

/** The stage an item moves to when its content changes: an approval was for what it said before. */
export function stageAfterContentChange(stage: Stage): Stage {
  return stage === 'approved' ? 'in_review' : stage;
}
