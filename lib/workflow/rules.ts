import type { Stage } from '@/lib/generated/prisma/enums';

// The workflow's rules as plain functions, so the workspace can say why a button is
// disabled with the same words the domain uses to refuse.
export type ClaimState = { stage: Stage; verdictSetById: string | null; verdictReason: string | null };
export type Move = 'submit' | 'withdraw' | 'approve' | 'publish' | 'correct' | 'retract';

export const moves: Record<Move, { from: Stage[]; to: Stage | null; label: string }> = {
  submit: { from: ['draft'], to: 'in_review', label: 'Send for review' },
  withdraw: { from: ['in_review', 'approved'], to: 'draft', label: 'Back to draft' },
  approve: { from: ['in_review'], to: 'approved', label: 'Approve' },
  publish: { from: ['approved'], to: 'published', label: 'Publish' },
  correct: { from: ['published'], to: null, label: 'Publish a correction' },
  retract: { from: ['published'], to: 'retracted', label: 'Retract' },
};

/** Why `actorId` cannot make this move now, or null if the claim's state allows it. */
export function moveBlocker(move: Move, claim: ClaimState, actorId: string): string | null {
  if (!moves[move].from.includes(claim.stage)) {
    return `Only a claim that is ${moves[move].from.map((s) => s.replace('_', ' ')).join(' or ')} can do this.`;
  }
  if (move === 'submit' && !claim.verdictSetById) {
    return 'Set a verdict with its reason before sending the claim for review.';
  }
  if (move === 'publish' && claim.verdictSetById === actorId) {
    return 'You set this verdict, so another editor must publish it (second read).';
  }
  return null;
}
