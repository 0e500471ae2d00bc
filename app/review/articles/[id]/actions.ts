'use server';

import { action } from '@/lib/actions/action';
import { acceptProposals, createClaimFromForm, splitBatch } from '@/lib/articles/accept';
import { rejectProposal } from '@/lib/articles/reject';
import { pasteArticleVersion } from '@/lib/articles/versions';
import { linkAppearance, markNotSameClaim } from '@/lib/claims/appearances';
import { revalidatePublishedClaim } from '@/lib/publishing/revalidate';

/** A claim from a proposal or a selection; made from a reader's report, it closes the report. */
export const createClaimAction = action(createClaimFromForm, {
  refresh: (_, values) => [`/review/articles/${values.articleId}`, '/review', '/review/reports'],
  ok: (claim) => ({ message: claim.message, data: { claimId: claim.id } }),
});

/** The ticked proposals, each created as if accepted alone; the answer lists each one's outcome. */
export const acceptProposalsAction = action(
  (values, user) => acceptProposals(splitBatch(values), values.articleId ?? '', user),
  {
    refresh: (_, values) => [`/review/articles/${values.articleId}`, '/review', '/review/reports'],
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

export const pasteVersionAction = action((values, user) => pasteArticleVersion(values, user), {
  refresh: (_, values) => [`/review/articles/${values.articleId}`, '/review'],
  ok: ({ version, changed, gone }) => ({
    message: `Stored as version ${version}. ${changed + gone ? `${changed + gone} claim${changed + gone === 1 ? '' : 's'} flagged: the article changed there.` : 'Every claim found its words again.'}`,
  }),
});

export const linkAppearanceAction = action(linkAppearance, {
  refresh: (linked, values) => [`/review/articles/${values.articleId}`, `/review/claims/${linked.claimId}`, '/review'],
  refreshPublic: async (linked) => {
    if (linked.isPublic)
      await revalidatePublishedClaim({ claimSlug: linked.claimSlug, articleSlug: linked.articleSlug });
  },
  ok: (linked) => ({ message: 'Linked to the existing check.', data: { claimId: linked.claimId } }),
});

export const notSameClaimAction = action(markNotSameClaim, {
  refresh: (_, values) => [`/review/articles/${values.articleId}`],
  ok: 'Kept as a separate claim: accept it below.',
});
