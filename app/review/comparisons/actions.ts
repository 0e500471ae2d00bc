'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formValues, refusal, type FormState } from '@/lib/actions/form-state';
import { requireUser } from '@/lib/auth/session';
import { workflowAction } from '@/lib/actions/workflow-action';
import { AppError } from '@/lib/errors';
import { ownEntry } from '@/lib/own-key';
import { addMember, createComparison, moveMember, removeMember, setQuestion, setReading } from '@/lib/comparisons/edit';
import {
  approveComparison,
  publishComparison,
  retractComparison,
  submitComparison,
  withdrawComparison,
} from '@/lib/comparisons/transitions';
import { revalidatePublishedComparison } from '@/lib/publishing/revalidate';
import {
  discardComparisonCorrection,
  prepareComparisonCorrection,
  publishComparisonCorrection,
} from '@/lib/workflow/corrections';

// Every action: who is acting, the domain call (which validates and checks the role
// again), then the pages to refresh. Refusals come back to the form with the input kept.

type User = Awaited<ReturnType<typeof requireUser>>;

function action(run: (values: Record<string, string>, user: User) => Promise<unknown>, ok: string) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const user = await requireUser();
    const values = formValues(formData);
    try {
      await run(values, user);
    } catch (error) {
      return refusal(error, values);
    }
    revalidatePath(`/review/comparisons/${values.comparisonId}`);
    revalidatePath('/review/comparisons');
    return { status: 'ok', message: ok };
  };
}

export async function createComparisonAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData);
  let created: { comparisonId: string };
  try {
    created = await createComparison(values, user);
  } catch (error) {
    return refusal(error, values);
  }
  revalidatePath('/review/comparisons');
  if (values.figureId) revalidatePath('/review/claims/[id]', 'page');
  redirect(`/review/comparisons/${created.comparisonId}`);
}

export const questionAction = action((v, user) => setQuestion(v, user), 'Question saved.');
export const readingAction = action((v, user) => setReading(v, user), 'Reading saved.');
export const addMemberAction = action((v, user) => addMember(v, user), 'Figure added.');

const memberOps = {
  up: (v: Record<string, string>, user: User) => moveMember({ ...v, direction: 'up' }, user),
  down: (v: Record<string, string>, user: User) => moveMember({ ...v, direction: 'down' }, user),
  remove: (v: Record<string, string>, user: User) => removeMember(v, user),
};

export const memberAction = action(async (v, user) => {
  const op = ownEntry(memberOps, v.op);
  if (!op) throw new AppError('invalid_input', { userMessage: 'Choose to move the figure up or down, or remove it.' });
  return op(v, user);
}, 'Figures updated.');

const comparisonPages = {
  published: (moved: { comparisonSlug: string }) =>
    revalidatePublishedComparison({ comparisonSlug: moved.comparisonSlug }),
  paths: (values: Record<string, string>) => [`/review/comparisons/${values.comparisonId}`, '/review/comparisons'],
};

export const comparisonMoveAction = workflowAction(
  {
    submit: submitComparison,
    withdraw: withdrawComparison,
    approve: approveComparison,
    publish: publishComparison,
    correct: prepareComparisonCorrection,
    retract: retractComparison,
  },
  comparisonPages,
);

/** A pending correction: published by an editor who did not prepare it, or discarded. */
export const comparisonCorrectionAction = workflowAction(
  { publish: publishComparisonCorrection, discard: discardComparisonCorrection },
  comparisonPages,
);
