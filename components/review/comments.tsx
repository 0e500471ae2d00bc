'use client';

import { useActionState } from 'react';
import { commentAction } from '@/app/review/claims/[id]/actions';
import { FormMessage, SubmitButton } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle } from '@/lib/actions/form-state';

export function CommentForm({ claimId }: { claimId: string }) {
  const [state, action, pending] = useActionState(commentAction, idle);
  return (
    <form action={action} className="space-y-2" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <FormMessage state={state} />
      <TextAreaField
        label="Add a comment (internal)"
        name="body"
        id="comment-body"
        rows={3}
        defaultValue={state.status === 'error' ? state.values?.body : ''}
        error={state.fieldErrors?.body}
      />
      <SubmitButton pending={pending}>Comment</SubmitButton>
    </form>
  );
}
