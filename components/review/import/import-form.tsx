'use client';

import { useActionState, useState, type FormEvent } from 'react';
import { importArticleAction } from '@/app/review/articles/new/actions';
import { FormMessage, SubmitButton, TextField } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle } from '@/lib/actions/form-state';
import { MAX_BODY_BYTES } from '@/lib/articles/limits';

/** Paste or upload an article. Sizes are checked here too: above 1 MB the server action would refuse without a word. */
export function ImportForm() {
  const [state, action, pending] = useActionState(importArticleAction, idle);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const values = state.status === 'error' ? state.values : undefined;
  const errors = state.fieldErrors ?? {};

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    const body = String(form.get('body') ?? '');
    const bytes = file instanceof File && file.size > 0 ? file.size : new TextEncoder().encode(body).length;
    if (bytes > MAX_BODY_BYTES) {
      event.preventDefault();
      setTooBig(
        `The ${file instanceof File && file.size > 0 ? 'file' : 'text'} is ${(bytes / 1_000_000).toFixed(1)} MB; articles can be at most 1 MB of text. Nothing was imported.`,
      );
    } else setTooBig(null);
  }

  return (
    <form action={action} onSubmit={checkSize} className="max-w-3xl space-y-4" noValidate>
      <FormMessage state={tooBig ? { status: 'error', message: tooBig } : state} />
      <TextField label="Title" name="title" defaultValue={values?.title} error={errors.title} maxLength={300} />
      <TextField
        label="Publisher"
        name="publisher"
        defaultValue={values?.publisher}
        error={errors.publisher}
        maxLength={200}
      />
      <TextField
        label="Address (http or https, optional)"
        name="url"
        type="url"
        defaultValue={values?.url}
        error={errors.url}
      />
      <TextField
        label="Publication date (optional)"
        name="publishedAt"
        type="date"
        defaultValue={values?.publishedAt}
        error={errors.publishedAt}
      />
      <TextAreaField
        label="Article text"
        name="body"
        rows={14}
        hint="Paste the text as published, or leave this empty and choose a file below. At most 1 MB."
        defaultValue={values?.body}
        error={errors.body}
      />
      <TextField
        label="Or a file (.txt, .md or .html)"
        name="file"
        type="file"
        accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
        hint="HTML is reduced to its text; scripts, styles and images are dropped."
        error={errors.file}
      />
      <SubmitButton pending={pending}>Import and find claims</SubmitButton>
    </form>
  );
}
