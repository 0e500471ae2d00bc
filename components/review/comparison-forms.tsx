'use client';

import { useActionState } from 'react';
import {
  addMemberAction,
  createComparisonAction,
  memberAction,
  questionAction,
  readingAction,
} from '@/app/review/comparisons/actions';
import { FormMessage, SubmitButton, TextField } from '@/components/ui/field';
import { ReadingFields } from './reading-fields';
import { idle } from '@/lib/actions/form-state';

// The forms of the comparison pages. Each keeps what the user typed when a save is
// refused, and sends the version it was based on.

type Item = { comparisonId: string; version: number };

/** What every edit sends: which comparison, the version it was based on, and the figure if any. */
function ItemInputs({ comparisonId, version, figureId }: Item & { figureId?: string }) {
  return (
    <>
      <input type="hidden" name="comparisonId" value={comparisonId} />
      <input type="hidden" name="version" value={version} />
      {figureId ? <input type="hidden" name="figureId" value={figureId} /> : null}
    </>
  );
}

/** A new comparison: its question, and optionally the figure it starts from. */
export function NewComparisonForm({ figureId, idPrefix = 'new-comparison' }: { figureId?: string; idPrefix?: string }) {
  const [state, action, pending] = useActionState(createComparisonAction, idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      {figureId ? <input type="hidden" name="figureId" value={figureId} /> : null}
      <FormMessage state={state} />
      <TextField
        label="The question the comparison answers"
        name="question"
        id={`${idPrefix}-question`}
        defaultValue={state.values?.question ?? ''}
        error={state.fieldErrors?.question}
        hint="For example: How many civilians were killed in Aleppo in the ten days to 29 April?"
      />
      <SubmitButton pending={pending}>Start the comparison</SubmitButton>
    </form>
  );
}

export function QuestionForm({ comparisonId, version, question }: Item & { question: string }) {
  const [state, action, pending] = useActionState(questionAction, idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      <ItemInputs comparisonId={comparisonId} version={state.conflict?.version ?? version} />
      <FormMessage state={state} />
      <TextField
        label="Question"
        name="question"
        defaultValue={state.status === 'error' ? state.values?.question : question}
        error={state.fieldErrors?.question}
      />
      <SubmitButton pending={pending}>Save the question</SubmitButton>
    </form>
  );
}

export function ReadingForm({ comparisonId, version, reading, note }: Item & { reading: string; note: string }) {
  const [state, action, pending] = useActionState(readingAction, idle);
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <ItemInputs comparisonId={comparisonId} version={state.conflict?.version ?? version} />
      <FormMessage state={state} />
      <ReadingFields
        idPrefix="reading"
        labels={{ reading: 'Our reading of the figures', note: 'Note readers will see with the reading' }}
        reading={values?.reviewerReading ?? (reading === 'undetermined' ? '' : reading)}
        note={values?.reviewerNote ?? note}
        errors={state.fieldErrors}
        allowEmpty
      />
      <SubmitButton pending={pending}>Save the reading</SubmitButton>
    </form>
  );
}

/** Move one figure up or down, or take it out of the comparison. */
export function MemberControls({
  comparisonId,
  version,
  figureId,
  label,
  first,
  last,
}: Item & { figureId: string; label: string; first: boolean; last: boolean }) {
  const [state, action, pending] = useActionState(memberAction, idle);
  const button = 'rounded border border-slate-600 px-2 py-1 text-sm disabled:opacity-50';
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <ItemInputs comparisonId={comparisonId} version={version} figureId={figureId} />
      <button
        type="submit"
        name="op"
        value="up"
        disabled={pending || first}
        className={button}
        aria-label={`Move ${label} up`}
      >
        Up
      </button>
      <button
        type="submit"
        name="op"
        value="down"
        disabled={pending || last}
        className={button}
        aria-label={`Move ${label} down`}
      >
        Down
      </button>
      <button
        type="submit"
        name="op"
        value="remove"
        disabled={pending}
        className={`${button} border-red-800 text-red-900`}
        aria-label={`Remove ${label}`}
      >
        Remove
      </button>
      {state.status === 'error' ? <FormMessage state={state} /> : null}
    </form>
  );
}

export function AddFigureForm({ comparisonId, version, figureId, label }: Item & { figureId: string; label: string }) {
  const [state, action, pending] = useActionState(addMemberAction, idle);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <ItemInputs comparisonId={comparisonId} version={version} figureId={figureId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Add ${label}`}
        className="rounded bg-slate-900 px-2 py-1 text-sm text-white disabled:opacity-60"
      >
        Add
      </button>
      {state.status === 'error' ? <FormMessage state={state} /> : null}
    </form>
  );
}
