'use client';

import { useActionState } from 'react';
import { bulkAction } from '@/app/review/actions';
import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';

type Props = {
  id: string;
  operations: { value: string; label: string }[];
  staff: { id: string; name: string }[];
};

/** What to do with the claims ticked in the queue, and then each claim's outcome. */
export function BulkActions({ id, operations, staff }: Props) {
  const [state, action, pending] = useActionState(bulkAction, idle);
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded border border-slate-300 p-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        With the selected claims
      </h2>
      <form id={id} action={action} className="flex flex-wrap items-end gap-3">
        <SelectField label="Action" name="operation" id={`${id}-operation`} error={state.fieldErrors?.operation}>
          {operations.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Assign to"
          name="assigneeId"
          id={`${id}-assignee`}
          error={state.fieldErrors?.assigneeId}
          hint="Used by “Assign to…”."
        >
          {staff.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Note for each claim's history"
          name="reason"
          id={`${id}-reason`}
          error={state.fieldErrors?.reason}
        />
        <SubmitButton pending={pending}>Apply to selected</SubmitButton>
      </form>
      <FormMessage state={state} />
      {state.items?.length ? (
        <ul aria-label="Result for each claim" className="space-y-1 text-sm">
          {state.items.map((item) => (
            <li key={item.id} data-testid="bulk-result" data-done={item.done}>
              <span className={item.done ? 'font-medium text-emerald-800' : 'font-medium text-red-800'}>
                {item.done ? 'Done' : 'Refused'}
              </span>{' '}
              {item.label}: {item.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
