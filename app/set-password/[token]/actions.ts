'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { refusal, type FormState } from '@/lib/actions/form-state';
import { clientAddress } from '@/lib/auth/address';
import { setPasswordWithToken } from '@/lib/users/password';

export async function setPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await setPasswordWithToken(
      { token: formData.get('token'), password: formData.get('password') },
      clientAddress(await headers()),
    );
  } catch (error) {
    return refusal(error);
  }
  redirect('/login?notice=password_set');
}
