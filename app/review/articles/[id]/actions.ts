'use server';

import { action } from '@/lib/actions/action';
import { acceptProposals, splitBatch } from '@/lib/articles/accept';
import { rejectProposal } from '@/lib/articles/reject';
import { nestFigures } from '@/lib/articles/schemas';
import { createClaim } from '@/lib/claims/create';

export const createClaimAction = action((values, user) => createClaim(nestFigures(values), user), {
  refresh: (_, values) => [`/review/articles/${values.articleId}`, '/review'],
  ok: (claim) => ({ message: 'Claim created.', data: { claimId: claim.id } }),
});

/** The ticked proposals, each created as if accepted alone; the answer lists each one's outcome. */
export const acceptProposalsAction = action(
  (values, user) => acceptProposals(splitBatch(values), values.articleId ?? '', user),
  {
    refresh: (_, values) => [`/review/articles/${values.articleId}`, '/review'],
    ok: ({ items, created, refused }) => ({
      message: `${created} created, ${refused} refused.`,
      items: items.map((i) => ({
        id: i.claimId ?? `${i.start}-${i.end}`,
        label: i.label,
        done: i.claimId !== null,
        message: i.message,
      })),
    }),
    forget: true,
  },
);

export const rejectProposalAction = action(rejectProposal, {
  refresh: (_, values) => [`/review/articles/${values.articleId}`],
  ok: 'Proposal rejected.',
});
