'use server';

import { action } from '@/lib/actions/action';
import { rejectProposal } from '@/lib/articles/reject';
import { nestFigures } from '@/lib/articles/schemas';
import { createClaim } from '@/lib/claims/create';
import { closeIfOpenWithNewClaim } from '@/lib/reports/triage';

/** A claim from a proposal or a selection; made from a reader's report, it closes the report. */
export const createClaimAction = action(
  async (values, user) => {
    const claim = await createClaim(nestFigures(values), user);
    const report = values.reportId ? await closeIfOpenWithNewClaim(values.reportId, claim.id, user) : null;
    return { ...claim, report };
  },
  {
    refresh: (_, values) => [`/review/articles/${values.articleId}`, '/review', '/review/reports'],
    ok: (claim) => ({
      message:
        claim.report === null
          ? 'Claim created.'
          : claim.report
            ? 'Claim created, and the reader’s report closed.'
            : 'Claim created. The reader’s report had already been closed.',
      data: { claimId: claim.id },
    }),
  },
);

export const rejectProposalAction = action(rejectProposal, {
  refresh: (_, values) => [`/review/articles/${values.articleId}`],
  ok: 'Proposal rejected.',
});
