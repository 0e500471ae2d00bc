'use client';

import { useActionState } from 'react';
import { setPasswordAction } from '@/app/set-password/[token]/actions';
import { FormMessage, SubmitButton, TextField } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-policy';

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={state.fieldErrors?.password}
        required
      />
      <SubmitButton pending={pending}>Set password</SubmitButton>
    </form>
  );
}
