'use server';

import { revalidatePath } from 'next/cache';
import { formValues, refusal, type FormState } from '@/lib/actions/form-state';
import { rejectProposal } from '@/lib/articles/reject';
import { nestFigures } from '@/lib/articles/schemas';
import { requireUser } from '@/lib/auth/session';
import { createClaim } from '@/lib/claims/create';

export async function createClaimAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData);
  let claim: { id: string };
  try {
    claim = await createClaim(nestFigures(values), user);
  } catch (error) {
    return refusal(error, values);
  }
  revalidatePath(`/review/articles/${values.articleId}`);
  revalidatePath('/review');
  return { status: 'ok', message: 'Claim created.', data: { claimId: claim.id } };
}

export async function rejectProposalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData);
  try {
    await rejectProposal(values, user);
  } catch (error) {
    return refusal(error, values);
  }
  revalidatePath(`/review/articles/${values.articleId}`);
  return { status: 'ok', message: 'Proposal rejected.' };
}
