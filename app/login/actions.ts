'use server';

import { AuthError } from 'next-auth';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { signIn } from '@/lib/auth/config';
import type { FormState } from '@/lib/actions/form-state';

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = String(formData.get('email') ?? '');
  try {
    await signIn('credentials', {
      email,
      password: String(formData.get('password') ?? ''),
      redirectTo: safeCallbackUrl(formData.get('callbackUrl')),
    });
    return { status: 'ok' };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the redirect after a successful sign-in
    const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
    const message = code.includes(':') ? code.slice(code.indexOf(':') + 1) : 'Wrong email or password.';
    return { status: 'error', message, values: { email } };
  }
}

export async function signInWithSso(formData: FormData) {
  await signIn('oidc', { redirectTo: safeCallbackUrl(formData.get('callbackUrl')) });
}
