'use server';

import { redirect } from 'next/navigation';
import { formValues, refusal, type FormState } from '@/lib/actions/form-state';
import { requireUser } from '@/lib/auth/session';
import { changePassword } from '@/lib/users/password';

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  try {
    await changePassword(formValues(formData), user);
  } catch (error) {
    return refusal(error);
  }
  // A password change ends every session, this one included.
  redirect('/login?notice=password_changed');
}
