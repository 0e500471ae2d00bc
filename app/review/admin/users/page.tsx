import { format } from 'date-fns';
import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserRowActions } from '@/components/admin/user-row-actions';
import { roleLabels } from '@/lib/auth/permissions';
import { requireRole } from '@/lib/auth/session';
import { signInAlerts } from '@/lib/users/alerts';
import { listUsers } from '@/lib/users/manage';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const admin = await requireRole('admin');
  const [users, alerts] = await Promise.all([listUsers(admin), signInAlerts(admin)]);
  return (
    <section className="space-y-8">
      <h1 className="text-2xl font-semibold">Users</h1>
      {alerts.length ? (
        <section aria-labelledby="sign-in-alerts" className="rounded border-l-4 border-amber-700 bg-amber-50 px-3 py-2">
          <h2 id="sign-in-alerts" className="font-semibold">
            Sign-in alerts this week
          </h2>
          <p className="text-slate-700">
            Someone failed to sign in to these accounts many times from many addresses; sign-in to the account was
            locked for 15 minutes. Tell the person, and consider a new password.
          </p>
          <ul className="list-disc pl-5">
            {alerts.map((alert) => (
              <li key={alert.id} data-testid="sign-in-alert">
                <time dateTime={alert.at.toISOString()}>{format(alert.at, 'd MMM yyyy, HH:mm')}</time>: {alert.email} (
                {alert.reason})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Newsroom accounts</caption>
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2">
              Name
            </th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b align-top" data-testid={`user-${user.email}`}>
              <td className="py-2">{user.name}</td>
              <td>{user.email}</td>
              <td>{roleLabels[user.role]}</td>
              <td>{user.disabled ? 'Disabled' : 'Active'}</td>
              <td className="py-2">
                <UserRowActions user={user} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="text-lg font-semibold">Create a user</h2>
      <CreateUserForm />
    </section>
  );
}
