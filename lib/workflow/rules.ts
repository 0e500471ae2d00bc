import { roleCan, type Permission } from '@/lib/auth/permissions';
import type { Role, Stage } from '@/lib/generated/prisma/enums';

// The workflow's rules as plain functions, so the workspace can say why a button is
// disabled with the same words the domain uses to refuse. Claims and comparisons move
// through the same stages under the same rules; only the words differ.
export type ClaimState = {
  stage: Stage;
  verdictSetById: string | null;
  verdictReason: string | null;
  /** Who last changed what the claim says (edit.ts). */
  contentChangedById?: string | null;
  /** A correction waiting for its second person (corrections.ts). */
  correctionPending?: boolean;
  /** A new version of the article changed or removed the claim's words (lib/articles/versions.ts). */
  articleChange?: string | null;
};
export type ComparisonState = {
  stage: Stage;
  readingSetById: string | null;
  members: number;
  contentChangedById?: string | null;
  correctionPending?: boolean;
};
export type Move = 'submit' | 'withdraw' | 'approve' | 'publish' | 'correct' | 'retract';

export const moves: Record<Move, { from: Stage[]; to: Stage | null; label: string }> = {
  submit: { from: ['draft'], to: 'in_review', label: 'Send for review' },
  withdraw: { from: ['in_review', 'approved'], to: 'draft', label: 'Back to draft' },
  approve: { from: ['in_review'], to: 'approved', label: 'Approve' },
  publish: { from: ['approved'], to: 'published', label: 'Publish' },
  correct: { from: ['published'], to: null, label: 'Prepare a correction' },
  retract: { from: ['published'], to: 'retracted', label: 'Retract' },
};

type Words = { noun: string; decision: string; missing: string };
const claimWords: Words = {
  noun: 'claim',
  decision: 'verdict',
  missing: 'Set a verdict with its reason before sending the claim for review.',
};
const comparisonWords: Words = {
  noun: 'comparison',
  decision: 'reading',
  missing: 'Set our reading of the figures before sending the comparison for review.',
};

function blocker(
  move: Move,
  {
    stage,
    decidedById,
    contentChangedById,
    correctionPending,
  }: { stage: Stage; decidedById: string | null; contentChangedById?: string | null; correctionPending?: boolean },
  actorId: string,
  words: Words,
) {
  if (!moves[move].from.includes(stage)) {
    return `Only a ${words.noun} that is ${moves[move].from.map((s) => s.replace('_', ' ')).join(' or ')} can do this.`;
  }
  if (move === 'submit' && !decidedById) return words.missing;
  if (move === 'publish' && decidedById === actorId) {
    return `You set this ${words.decision}, so another editor must publish it (second read).`;
  }
  if (move === 'publish' && contentChangedById === actorId) {
    return `You changed what this ${words.noun} says, so another editor must publish it (second read).`;
  }
  if (move === 'correct' && correctionPending) {
    return 'A correction is already waiting: publish or discard it first.';
  }
  return null;
}

/** Why `actorId` cannot make this move now, or null if the claim's state allows it. */
export function moveBlocker(move: Move, claim: ClaimState, actorId: string): string | null {
  if (claim.articleChange && (move === 'submit' || move === 'approve' || move === 'publish')) {
    return 'The article changed here: take its new words (or note that they are gone) before this claim moves on.';
  }
  return blocker(move, { ...claim, decidedById: claim.verdictSetById }, actorId, claimWords);
}

/** Why `actorId` cannot move this comparison now, or null if its state allows it. */
export function comparisonMoveBlocker(move: Move, comparison: ComparisonState, actorId: string): string | null {
  const general = blocker(move, { ...comparison, decidedById: comparison.readingSetById }, actorId, comparisonWords);
  if (general) return general;
  if ((move === 'submit' || move === 'approve' || move === 'publish') && comparison.members < 2) {
    return 'A comparison needs at least two figures side by side.';
  }
  return null;
}

/** The moves a page offers for an item at `stage`. */
export function movesFrom(stage: Stage): Move[] {
  return (Object.keys(moves) as Move[]).filter((m) => moves[m].from.includes(stage));
}

/** The permission a move needs: `claim.publish`, `comparison.approve`, … (all in lib/auth/permissions.ts). */
export function movePermission(subject: 'claim' | 'comparison', move: Move): Permission {
  // The "correct" move prepares a correction; publishing one is `*.correct` (correctionBlocker).
  return move === 'correct' ? `${subject}.prepareCorrection` : `${subject}.${move}`;
}

/** A move a page offers, and whether the user may make it: `blocker` says why not in the item's state. */
export type MoveOption = { move: Move; label: string; blocker: string | null; allowedForRole: boolean };

type Mover = { id: string; role: Role };

/**
 * The moves a page offers for a claim or comparison, each with whether `actor` may make it:
 * the same rule and the same permission the domain checks when the move is made.
 */
export function moveOptions(
  item: ({ subject: 'claim' } & ClaimState) | ({ subject: 'comparison' } & ComparisonState),
  actor: Mover,
): MoveOption[] {
  return movesFrom(item.stage).map((move) => ({
    move,
    label: moves[move].label,
    blocker: item.subject === 'claim' ? moveBlocker(move, item, actor.id) : comparisonMoveBlocker(move, item, actor.id),
    allowedForRole: roleCan(actor.role, movePermission(item.subject, move)),
  }));
}

/** A pending correction: who prepared it, and who proposed each of its evidence changes. */
export type PendingCorrection = { preparedById: string | null; contributorIds: (string | null)[] };

/**
 * Why `actorId` cannot publish this pending correction, or null. Whoever prepared any part
 * of it cannot publish it: what readers see changes only after a second person's read.
 */
export function correctionBlocker(correction: PendingCorrection, actorId: string): string | null {
  if (correction.preparedById === actorId || correction.contributorIds.includes(actorId)) {
    return 'You prepared this correction, so another editor must publish it (second read).';
  }
  return null;
}

/**
 * What a page offers on a pending correction: why `actor` may not publish it (or null), and
 * whether they may discard it (whoever prepared it, or an editor; lib/workflow/corrections.ts).
 */
export function correctionOptions(subject: 'claim' | 'comparison', correction: PendingCorrection, actor: Mover) {
  const editor = roleCan(actor.role, `${subject}.correct`);
  return {
    publishBlocker: editor
      ? correctionBlocker(correction, actor.id)
      : 'Your role cannot publish a correction; an editor can.',
    canDiscard: correction.preparedById === actor.id || editor,
  };
}

/** A pending correction as a page loads it: who prepared it, and who proposed its evidence changes (claims only). */
type LoadedCorrection = { preparedById: string | null; evidence?: { proposedById: string | null }[] };

/**
 * Everything a workspace's workflow section offers `actor` on a claim or comparison: the
 * moves (none while a correction waits, for "correct"), and what they may do with the
 * pending correction, if there is one.
 */
export function workflowOffer(
  item: ({ subject: 'claim' } & ClaimState) | ({ subject: 'comparison' } & ComparisonState),
  correction: LoadedCorrection | null,
  actor: Mover,
) {
  const pending = correction && {
    preparedById: correction.preparedById,
    contributorIds: correction.evidence?.map((e) => e.proposedById) ?? [],
  };
  return {
    moves: moveOptions({ ...item, correctionPending: !!correction }, actor),
    correction: pending && correctionOptions(item.subject, pending, actor),
  };
}
