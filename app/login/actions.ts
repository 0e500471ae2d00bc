'use server';

import { AuthError } from 'next-auth';
import { action, formAction } from '@/lib/actions/action';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { signIn } from '@/lib/auth/config';
import { AppError } from '@/lib/errors';

const anyone = async () => null;

/** Auth.js redirects after a successful sign-in; a refusal comes back as an AuthError with its reason. */
export const signInAction = action(
  async ({ email = '', password = '', callbackUrl }) => {
    try {
      await signIn('credentials', { email, password, redirectTo: safeCallbackUrl(callbackUrl) });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error; // the redirect after a successful sign-in
      const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
      const message = code.includes(':') ? code.slice(code.indexOf(':') + 1) : 'Wrong email or password.';
      throw new AppError('unauthenticated', { userMessage: message });
    }
  },
  { as: anyone, forget: ['password', 'callbackUrl'] },
);

export const signInWithSso = formAction(
  ({ callbackUrl }) => signIn('oidc', { redirectTo: safeCallbackUrl(callbackUrl) }),
  { as: anyone },
);
