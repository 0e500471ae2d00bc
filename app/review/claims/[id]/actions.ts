'use server';

import { revalidatePath } from 'next/cache';
import { formValues, refusal, type FormState } from '@/lib/actions/form-state';
import { requireUser } from '@/lib/auth/session';
import { workflowAction } from '@/lib/actions/workflow-action';
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
import { approveClaim, publishClaim, retractClaim, submitForReview, withdrawToDraft } from '@/lib/claims/transitions';

// Every action: who is acting, the domain call (which validates and checks the role
// again), then the pages to refresh. Refusals come back to the form with the input kept.

type Run = (values: Record<string, string>, user: Awaited<ReturnType<typeof requireUser>>) => Promise<unknown>;

/** `ok` is the message, or a function of the domain call's result that words it. */
function action(run: Run, ok: string | ((result: unknown) => string)) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const user = await requireUser();
    const values = formValues(formData);
    let result: unknown;
    try {
      result = await run(values, user);
    } catch (error) {
      return refusal(error, values);
    }
    revalidatePath(`/review/claims/${values.claimId}`);
    // Public evidence on a published claim shows on its public pages at once.
    const publicity = await claimPublicity(values.claimId ?? '');
    if (publicity?.isPublic) await revalidatePublishedClaim(publicity);
    return { status: 'ok', message: typeof ok === 'string' ? ok : ok(result) };
  };
}

export const saveClaimAction = action((v, user) => updateClaim(v, user), 'Saved.');
export const setVerdictAction = action((v, user) => setVerdict(v, user), 'Verdict saved.');
export const assignAction = action((v, user) => assignClaim(v, user), 'Assignment saved.');
export const commentAction = action((v, user) => addComment(v, user), 'Comment added.');
/** Public evidence on a published claim waits in the pending correction: say so. */
const attached = (what: string) => (evidence: unknown) =>
  (evidence as { shownWithCorrection?: boolean }).shownWithCorrection
    ? `${what} attached; readers see it once the pending correction is published.`
    : `${what} attached.`;

export const addLinkAction = action((v, user) => addLinkEvidence(v, user), attached('Link'));
export const addNoteAction = action((v, user) => addNoteEvidence(v, user), attached('Note'));
export const removeEvidenceAction = action((v, user) => removeEvidence(v, user), 'Evidence removed.');
export const saveFigureAction = action((v, user) => saveFigure(v, user), 'Figure saved.');
export const deleteFigureAction = action((v, user) => deleteFigure(v, user), 'Figure removed.');

const claimPages = {
  published: (moved: { claimSlug: string; articleSlug: string }) =>
    revalidatePublishedClaim({ claimSlug: moved.claimSlug, articleSlug: moved.articleSlug }),
  paths: (values: Record<string, string>) => [`/review/claims/${values.claimId}`, '/review'],
};

export const moveAction = workflowAction(
  {
    submit: submitForReview,
    withdraw: withdrawToDraft,
    approve: approveClaim,
    publish: publishClaim,
    correct: prepareClaimCorrection,
    retract: retractClaim,
  },
  claimPages,
);

/** A pending correction: published by an editor who did not prepare it, or discarded. */
export const correctionAction = workflowAction(
  { publish: publishClaimCorrection, discard: discardClaimCorrection },
  claimPages,
);
