'use client';

import { useActionState } from 'react';
import { userRowAction } from '@/app/review/admin/users/actions';
import { OneTimeLink } from '@/components/admin/create-user-form';
import { FormMessage } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';
import { roleLabels } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

type Row = { id: string; name: string; role: Role; disabled: boolean };

export function UserRowActions({ user }: { user: Row }) {
  const [state, action, pending] = useActionState(userRowAction, idle);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={user.id} />
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        Role of {user.name}
      </label>
      <select
        id={`role-${user.id}`}
        name="role"
        defaultValue={user.role}
        className="rounded border border-slate-400 px-2 py-1"
      >
        {Object.entries(roleLabels).map(([role, label]) => (
          <option key={role} value={role}>
            {label}
          </option>
        ))}
      </select>
      <button type="submit" name="intent" value="role" disabled={pending} className="rounded border px-2 py-1">
        Save role
      </button>
      <button
        type="submit"
        name="intent"
        value={user.disabled ? 'enable' : 'disable'}
        disabled={pending}
        className="rounded border px-2 py-1"
      >
        {user.disabled ? 'Enable' : 'Disable'}
      </button>
      <button type="submit" name="intent" value="link" disabled={pending} className="rounded border px-2 py-1">
        New password link
      </button>
      <div className="basis-full">
        <FormMessage state={state} />
        {state.data?.link ? <OneTimeLink link={state.data.link} /> : null}
      </div>
    </form>
  );
}
