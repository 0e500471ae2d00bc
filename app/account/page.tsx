import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/change-password-form';
import { StaffNav } from '@/components/staff-nav';
import { openReportCount } from '@/lib/reports/inbox';
import { roleLabels } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { assignedOpenCount } from '@/lib/claims/queue';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <>
      <StaffNav user={user} assigned={await assignedOpenCount(user)} reports={await openReportCount()} />
      <section className="space-y-6">
        <h1 className="text-2xl font-semibold">Your account</h1>
        <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-slate-700">Name</dt>
          <dd>{user.name}</dd>
          <dt className="text-slate-700">Email</dt>
          <dd>{user.email}</dd>
          <dt className="text-slate-700">Role</dt>
          <dd>{roleLabels[user.role]}</dd>
        </dl>
        <h2 className="text-lg font-semibold">Change your password</h2>
        <ChangePasswordForm />
      </section>
    </>
  );
}
