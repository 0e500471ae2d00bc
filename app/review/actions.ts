'use server';

import { action, formAction } from '@/lib/actions/action';
import { bulkClaims } from '@/lib/claims/bulk';
import { forgetQueueView, rememberQueueView } from '@/lib/claims/queue';
import { revalidatePublishedClaim } from '@/lib/publishing/revalidate';

/** A view picked on the desk: remembered for this person, then shown. */
export const chooseViewAction = action(rememberQueueView, { redirect: ({ view }) => `/review?view=${view}` });

/** The remembered view forgotten: the desk chooses the first view again. */
export const forgetViewAction = formAction(forgetQueueView, { redirect: () => '/review' });

/** One action on the claims selected in the queue; the answer lists each claim's outcome. */
export const bulkAction = action(
  (values, actor, formData) =>
    bulkClaims(
      {
        operation: values.operation,
        assigneeId: values.assigneeId,
        reason: values.reason,
        claims: formData.getAll('claim'),
      },
      actor,
    ),
  {
    ok: ({ items, done, refused }) => ({
      message: `${done} done, ${refused} refused.`,
      items: items.map((i) => ({ id: i.claimId, label: i.statement, done: i.done, message: i.message })),
    }),
    refresh: (result) => ['/review', ...result.items.filter((i) => i.done).map((i) => `/review/claims/${i.claimId}`)],
    refreshPublic: async ({ published }) => {
      for (const claim of published) await revalidatePublishedClaim(claim);
    },
    forget: true,
  },
);
