'use client';

import { useActionState, useState } from 'react';
import { createUserAction } from '@/app/review/admin/users/actions';
import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-policy';
import { roleLabels } from '@/lib/auth/permissions';

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, idle);
  const [setup, setSetup] = useState(state.values?.setup ?? 'link');
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormMessage state={state} />
      {state.data?.link ? <OneTimeLink link={state.data.link} /> : null}
      <TextField label="Email" name="email" type="email" defaultValue={state.values?.email} error={errors.email} />
      <TextField label="Name" name="name" defaultValue={state.values?.name} error={errors.name} />
      <SelectField label="Role" name="role" defaultValue={state.values?.role ?? 'reviewer'} error={errors.role}>
        {Object.entries(roleLabels).map(([role, label]) => (
          <option key={role} value={role}>
            {label}
          </option>
        ))}
      </SelectField>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">First password</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="setup" value="link" checked={setup === 'link'} onChange={() => setSetup('link')} />A
          one-time link the new user opens to choose it
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="setup"
            value="password"
            checked={setup === 'password'}
            onChange={() => setSetup('password')}
          />
          A password I set now
        </label>
      </fieldset>
      {setup === 'password' ? (
        <TextField
          label="Initial password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          error={errors.password}
        />
      ) : null}
      <SubmitButton pending={pending}>Create user</SubmitButton>
    </form>
  );
}

export function OneTimeLink({ link }: { link: string }) {
  return (
    <div className="rounded border border-slate-400 bg-slate-50 p-3 text-sm">
      <p>Give this link to the user; it works once, for 72 hours:</p>
      <code className="mt-1 block break-all" data-testid="one-time-link">
        {link}
      </code>
    </div>
  );
}
