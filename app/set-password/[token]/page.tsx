import type { Metadata } from 'next';
import { SetPasswordForm } from '@/components/set-password-form';

export const metadata: Metadata = { title: 'Set your password', robots: { index: false }, referrer: 'no-referrer' };

export default async function SetPasswordPage({ params }: PageProps<'/set-password/[token]'>) {
  const { token } = await params;
  return (
    <section className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold">Set your password</h1>
      <p className="text-slate-700">This link works once. After setting your password, sign in with it.</p>
      <SetPasswordForm token={token} />
    </section>
  );
}
