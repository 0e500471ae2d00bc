'use client';

import { useActionState } from 'react';
import { assignAction } from '@/app/review/claims/[id]/actions';
import { FormMessage, SelectField, SubmitButton } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';

type Props = {
  claimId: string;
  version: number;
  assigneeId: string | null;
  me: { id: string };
  canAssign: boolean;
  staff: { id: string; name: string }[];
};

/** Editors assign anyone; a reviewer can take the claim for themselves. */
export function AssignForm({ claimId, version, assigneeId, me, canAssign, staff }: Props) {
  const [state, action, pending] = useActionState(assignAction, idle);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {canAssign ? (
        <>
          <SelectField
            label="Assignee"
            name="assigneeId"
            id="assignee"
            defaultValue={assigneeId ?? ''}
            error={state.fieldErrors?.assigneeId}
          >
            <option value="">Nobody</option>
            {staff.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
          <SubmitButton pending={pending}>Assign</SubmitButton>
        </>
      ) : assigneeId === me.id ? (
        <p className="text-sm">Assigned to you.</p>
      ) : (
        <button type="submit" name="assigneeId" value={me.id} className="rounded border px-3 py-1.5">
          Take this claim
        </button>
      )}
    </form>
  );
}
