import type { Metadata } from 'next';
import { StaffNav } from '@/components/staff-nav';
import { requireUser } from '@/lib/auth/session';
import { assignedOpenCount } from '@/lib/claims/queue';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function ReviewLayout({ children }: LayoutProps<'/review'>) {
  const user = await requireUser();
  return (
    <>
      <StaffNav user={user} assigned={await assignedOpenCount(user)} />
      {children}
    </>
  );
}
