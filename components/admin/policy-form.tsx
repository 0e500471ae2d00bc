'use client';

import { useActionState } from 'react';
import { savePolicyAction } from '@/app/review/admin/corrections-policy/actions';
import { FormMessage, SubmitButton } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle } from '@/lib/actions/form-state';
import { POLICY_MAX_CHARS } from '@/lib/corrections/schemas';

export function PolicyForm({ body, version }: { body: string; version: number }) {
  const [state, action, pending] = useActionState(savePolicyAction, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={state.values?.version ?? state.data?.version ?? String(version)} />
      <TextAreaField
        label="Corrections policy (Markdown)"
        name="body"
        rows={24}
        maxLength={POLICY_MAX_CHARS}
        defaultValue={state.values?.body ?? body}
        error={state.fieldErrors?.body ?? state.fieldErrors?.version}
        hint={`Headings (##), lists, links and emphasis; no HTML. At most ${POLICY_MAX_CHARS.toLocaleString('en')} characters. Readers see it on /corrections as soon as you save.`}
      />
      <SubmitButton pending={pending}>Save and publish the policy</SubmitButton>
    </form>
  );
}
