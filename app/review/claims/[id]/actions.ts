'use server';

import { action, workflowStep, afterMove, type Staff, type Values } from '@/lib/actions/action';
import { resolveArticleChange } from '@/lib/claims/article-change';
import { assignClaim } from '@/lib/claims/assign';
import { addComment } from '@/lib/claims/comments';
import { updateClaim } from '@/lib/claims/update';
import { claimPublicity } from '@/lib/claims/workspace';
import { setVerdict } from '@/lib/claims/verdict';
import { addLinkEvidence, addNoteEvidence } from '@/lib/evidence/add';
import { removeEvidence } from '@/lib/evidence/remove';
import { deleteFigure, saveFigure } from '@/lib/figures/save';
import { revalidatePublishedClaim } from '@/lib/publishing/revalidate';
import { discardClaimCorrection, prepareClaimCorrection, publishClaimCorrection } from '@/lib/workflow/corrections';
import { claimMoves } from '@/lib/claims/transitions';

const edit = {
  refresh: (_: unknown, values: Values) => [`/review/claims/${values.claimId}`],
  // Public evidence on a published claim shows on its public pages at once.
  refreshPublic: async (_: unknown, values: Values) => {
    const publicity = await claimPublicity(values.claimId ?? '');
    if (publicity?.isPublic) await revalidatePublishedClaim(publicity);
  },
};
const saying = (message: string) => ({ ...edit, ok: message });

export const saveClaimAction = action(updateClaim, saying('Saved.'));
export const setVerdictAction = action(setVerdict, saying('Verdict saved.'));
export const assignAction = action(assignClaim, saying('Assignment saved.'));
export const commentAction = action(addComment, saying('Comment added.'));

/** Public evidence on a published claim waits in the pending correction: say so. */
const attached = (what: string) => ({
  ...edit,
  ok: (evidence: { shownWithCorrection?: boolean }) => ({
    message: evidence.shownWithCorrection
      ? `${what} attached; readers see it once the pending correction is published.`
      : `${what} attached.`,
  }),
});

export const addLinkAction = action(addLinkEvidence, attached('Link'));
export const addNoteAction = action(addNoteEvidence, attached('Note'));
export const removeEvidenceAction = action(removeEvidence, saying('Evidence removed.'));
export const saveFigureAction = action(saveFigure, saying('Figure saved.'));
export const deleteFigureAction = action(deleteFigure, saying('Figure removed.'));

type Moved = { isPublic: boolean; claimSlug: string; articleSlug: string };
const moved = afterMove<Moved>(
  (_, values) => [`/review/claims/${values.claimId}`, '/review'],
  revalidatePublishedClaim,
);

export const moveAction = action(workflowStep<Moved, Staff>({ ...claimMoves, correct: prepareClaimCorrection }), moved);

/** A pending correction: published by an editor who did not prepare it, or discarded. */
export const correctionAction = action(
  workflowStep<Moved, Staff>({ publish: publishClaimCorrection, discard: discardClaimCorrection }),
  moved,
);

export const resolveArticleChangeAction = action(
  resolveArticleChange,
  saying('The claim now reads as the article does.'),
);
