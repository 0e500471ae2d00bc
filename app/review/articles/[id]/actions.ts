'use server';

import { action } from '@/lib/actions/action';
import { rejectProposal } from '@/lib/articles/reject';
import { nestFigures } from '@/lib/articles/schemas';
import { pasteArticleVersion } from '@/lib/articles/versions';
import { createClaim } from '@/lib/claims/create';

export const createClaimAction = action((values, user) => createClaim(nestFigures(values), user), {
  refresh: (_, values) => [`/review/articles/${values.articleId}`, '/review'],
  ok: (claim) => ({ message: 'Claim created.', data: { claimId: claim.id } }),
});

export const rejectProposalAction = action(rejectProposal, {
  refresh: (_, values) => [`/review/articles/${values.articleId}`],
  ok: 'Proposal rejected.',
});

export const pasteVersionAction = action((values, user) => pasteArticleVersion(values, user), {
  refresh: (_, values) => [`/review/articles/${values.articleId}`, '/review'],
  ok: ({ version, changed, gone }) => ({
    message: `Stored as version ${version}. ${changed + gone ? `${changed + gone} claim${changed + gone === 1 ? '' : 's'} flagged: the article changed there.` : 'Every claim found its words again.'}`,
  }),
});
