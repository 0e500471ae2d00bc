import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/login-form';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { oidcEnabled } from '@/lib/auth/config';
import { getCurrentUser } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { ownEntry } from '@/lib/own-key';
import { signInWithSso } from './actions';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

const notices: Record<string, string> = {
  signed_out: 'You have signed out.',
  password_changed: 'Your password has changed. Sign in with the new one.',
  password_set: 'Your password is set. Sign in with it.',
  sso_no_account: 'There is no account for that single sign-on identity. Ask an admin to create one with your email.',
};

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const notice = ownEntry(notices, params.notice ?? params.error);

  return (
    <section className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="text-slate-700">For newsroom staff. Readers do not need an account.</p>
      {notice ? (
        <p role="status" className="rounded border-l-4 border-blue-700 bg-blue-50 px-3 py-2">
          {notice}
        </p>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} />
      {oidcEnabled ? (
        <form action={signInWithSso}>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="rounded border border-slate-500 px-4 py-2">
            Sign in with {env.OIDC_NAME}
          </button>
        </form>
      ) : null}
    </section>
  );
}
