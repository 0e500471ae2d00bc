'use client';

import { useActionState } from 'react';
import { pasteVersionAction } from '@/app/review/articles/[id]/actions';
import { FormMessage, SubmitButton } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle } from '@/lib/actions/form-state';

/** Paste the article as its publisher now shows it: claims follow their words, changed ones are flagged. */
export function NewVersionForm({ articleId }: { articleId: string }) {
  const [state, action, pending] = useActionState(pasteVersionAction, idle);
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <FormMessage state={state} />
      <TextAreaField
        label="New version of the text"
        name="body"
        rows={8}
        hint="The whole article as now published. Earlier versions are kept; claims whose words changed are flagged."
        defaultValue={values?.body}
        error={state.fieldErrors?.body}
      />
      <SubmitButton pending={pending}>Store as a new version</SubmitButton>
    </form>
  );
}
