'use client';

import { useActionState } from 'react';
import { dismissReportAction, linkReportAction } from '@/app/review/reports/actions';
import { FormMessage, SubmitButton, TextField } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle } from '@/lib/actions/form-state';

// Closing a reader's report (lib/reports/triage.ts): dismissed with a reason, or linked to
// the claim or comparison that answers it. Either deletes the reader's e-mail.

export function DismissReportForm({ reportId }: { reportId: string }) {
  const [state, action, pending] = useActionState(dismissReportAction, idle);
  if (state.status === 'ok') return <FormMessage state={state} />;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <FormMessage state={state} />
      <TextAreaField
        label="Why dismiss it? (staff only)"
        name="reason"
        id={`dismiss-${reportId}`}
        rows={2}
        required
        maxLength={1000}
        defaultValue={state.values?.reason}
        error={state.fieldErrors?.reason}
      />
      <SubmitButton pending={pending}>Dismiss</SubmitButton>
    </form>
  );
}

export function LinkReportForm({ reportId }: { reportId: string }) {
  const [state, action, pending] = useActionState(linkReportAction, idle);
  if (state.status === 'ok') return <FormMessage state={state} />;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <FormMessage state={state} />
      <TextField
        label="Claim or comparison (its address or slug)"
        name="target"
        id={`target-${reportId}`}
        required
        maxLength={2048}
        defaultValue={state.values?.target}
        error={state.fieldErrors?.target}
      />
      <TextField
        label="Note (optional, staff only)"
        name="note"
        id={`note-${reportId}`}
        maxLength={1000}
        defaultValue={state.values?.note}
        error={state.fieldErrors?.note}
      />
      <SubmitButton pending={pending}>Link and close</SubmitButton>
    </form>
  );
}
