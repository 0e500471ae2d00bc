import type { Metadata } from 'next';
import { StaffNav } from '@/components/staff-nav';
import { requireUser } from '@/lib/auth/session';
import { assignedOpenCount } from '@/lib/claims/queue';
import { openReportCount } from '@/lib/reports/inbox';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function ReviewLayout({ children }: LayoutProps<'/review'>) {
  const user = await requireUser();
  const [assigned, reports] = await Promise.all([assignedOpenCount(user), openReportCount()]);
  return (
    <>
      <StaffNav user={user} assigned={assigned} reports={reports} />
      {children}
    </>
  );
}
