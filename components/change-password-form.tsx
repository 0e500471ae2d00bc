'use client';

import { useActionState } from 'react';
import { changePasswordAction } from '@/app/account/actions';
import { FormMessage, SubmitButton, TextField } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-policy';

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, idle);
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={state.fieldErrors?.currentPassword}
        required
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Changing it signs you out everywhere.`}
        error={state.fieldErrors?.newPassword}
        required
      />
      <SubmitButton pending={pending}>Change password</SubmitButton>
    </form>
  );
}
