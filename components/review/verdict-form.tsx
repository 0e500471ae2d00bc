'use client';

import { useActionState } from 'react';
import { setVerdictAction } from '@/app/review/claims/[id]/actions';
import { FormMessage, SelectField, SubmitButton } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle } from '@/lib/actions/form-state';

type Props = {
  claim: { id: string; version: number; verdictKey: string; verdictReason: string | null };
  verdicts: { key: string; label: string; description: string }[];
  locked: boolean;
};

export function VerdictForm({ claim, verdicts, locked }: Props) {
  const [state, action, pending] = useActionState(setVerdictAction, idle);
  const values = state.status === 'error' ? state.values : undefined;
  if (locked) return <p className="text-sm">A published verdict changes only through a correction (below).</p>;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={state.conflict?.version ?? claim.version} />
      <FormMessage state={state} />
      <SelectField
        label="Verdict"
        name="verdictKey"
        id="verdict-key"
        defaultValue={values?.verdictKey ?? claim.verdictKey}
        error={state.fieldErrors?.verdictKey}
      >
        {verdicts.map((v) => (
          <option key={v.key} value={v.key} title={v.description}>
            {v.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Reason for this verdict"
        name="reason"
        id="verdict-reason"
        rows={3}
        defaultValue={values?.reason ?? ''}
        error={state.fieldErrors?.reason}
      />
      <SubmitButton pending={pending}>Set verdict</SubmitButton>
    </form>
  );
}
