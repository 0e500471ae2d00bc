'use server';

import { redirect } from 'next/navigation';
import { refusal, type FormState } from '@/lib/actions/form-state';
import { setPasswordWithToken } from '@/lib/users/password';

export async function setPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await setPasswordWithToken({ token: formData.get('token'), password: formData.get('password') });
  } catch (error) {
    return refusal(error);
  }
  redirect('/login?notice=password_set');
}
