'use server';

import { action, afterMove, choose, workflowStep, type Staff, type Values } from '@/lib/actions/action';
import { addMember, createComparison, moveMember, removeMember, setQuestion, setReading } from '@/lib/comparisons/edit';
import { comparisonMoves } from '@/lib/comparisons/transitions';
import { revalidatePublishedComparison } from '@/lib/publishing/revalidate';
import {
  discardComparisonCorrection,
  prepareComparisonCorrection,
  publishComparisonCorrection,
} from '@/lib/workflow/corrections';

const pages = (_: unknown, values: Values) => [`/review/comparisons/${values.comparisonId}`, '/review/comparisons'];

export const createComparisonAction = action(createComparison, {
  // A claim's workspace lists the comparisons its figures are in.
  refresh: (_, values) => [
    '/review/comparisons',
    ...(values.figureId ? [['/review/claims/[id]', 'page'] as const] : []),
  ],
  redirect: (created) => `/review/comparisons/${created.comparisonId}`,
});

export const questionAction = action(setQuestion, { refresh: pages, ok: 'Question saved.' });
export const readingAction = action(setReading, { refresh: pages, ok: 'Reading saved.' });
export const addMemberAction = action(addMember, { refresh: pages, ok: 'Figure added.' });

export const memberAction = action(
  choose<unknown, Staff>(
    'op',
    {
      up: (v, user) => moveMember({ ...v, direction: 'up' }, user),
      down: (v, user) => moveMember({ ...v, direction: 'down' }, user),
      remove: removeMember,
    },
    'Choose to move the figure up or down, or remove it.',
  ),
  { refresh: pages, ok: 'Figures updated.' },
);

type Moved = { isPublic: boolean; comparisonSlug: string };
const moved = afterMove<Moved>(pages, revalidatePublishedComparison);

export const comparisonMoveAction = action(
  workflowStep<Moved, Staff>({ ...comparisonMoves, correct: prepareComparisonCorrection }),
  moved,
);

/** A pending correction: published by an editor who did not prepare it, or discarded. */
export const comparisonCorrectionAction = action(
  workflowStep<Moved, Staff>({ publish: publishComparisonCorrection, discard: discardComparisonCorrection }),
  moved,
);
