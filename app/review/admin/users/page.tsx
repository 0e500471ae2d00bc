import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserRowActions } from '@/components/admin/user-row-actions';
import { roleLabels } from '@/lib/auth/permissions';
import { requireRole } from '@/lib/auth/session';
import { listUsers } from '@/lib/users/manage';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const admin = await requireRole('admin');
  const users = await listUsers(admin);
  return (
    <section className="space-y-8">
      <h1 className="text-2xl font-semibold">Users</h1>
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
