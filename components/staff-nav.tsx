import Link from 'next/link';
import { signOutAction } from '@/app/review/sign-out';
import type { Actor } from '@/lib/auth/actor';
import { roleLabels } from '@/lib/auth/permissions';

// The review desk's navigation. It shows only what the user's role allows; the pages
// and domain functions check again. "My claims" counts the open claims assigned to the
// user, as of this page load (lib/claims/queue.ts); "Reports" the readers' reports still open.
export function StaffNav({ user, assigned, reports }: { user: Actor; assigned: number; reports: number }) {
  return (
    <nav aria-label="Review desk" className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-2 border-b pb-3">
      <Link href="/review">Desk</Link>
      <Link href="/review?view=mine">
        My claims{' '}
        <span aria-hidden="true" className="rounded-full bg-slate-200 px-2 text-sm">
          {assigned}
        </span>
        <span className="sr-only">
          {' '}
          ({assigned} open {assigned === 1 ? 'claim' : 'claims'} assigned to you)
        </span>
      </Link>
      <Link href="/review/comparisons">Comparisons</Link>
      <Link href="/review/reports">
        Reports{' '}
        <span aria-hidden="true" className="rounded-full bg-slate-200 px-2 text-sm">
          {reports}
        </span>
        <span className="sr-only"> ({reports} open from readers)</span>
      </Link>
      <Link href="/review/articles/new">Import an article</Link>
      {user.role === 'admin' ? <Link href="/review/admin/users">Users</Link> : null}
      {user.role === 'admin' ? <Link href="/review/admin/corrections-policy">Corrections policy</Link> : null}
      <Link href="/account">Account</Link>
      <span className="ml-auto text-sm text-slate-700">
        {user.name} · {roleLabels[user.role]}
      </span>
      <form action={signOutAction}>
        <button type="submit" className="text-sm underline">
          Sign out
        </button>
      </form>
    </nav>
  );
}
