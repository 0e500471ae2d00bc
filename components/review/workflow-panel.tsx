'use client';

import { useActionState } from 'react';
import { ReadingFields } from '@/components/review/reading-fields';
import { FormMessage, SelectField } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle, type FormState } from '@/lib/actions/form-state';
import type { MoveOption } from '@/lib/workflow/rules';

/** What a correction changes: a claim's verdict, or a comparison's reading and its note. */
type Correction =
  { kind: 'verdict'; verdicts: { key: string; label: string }[] } | { kind: 'reading'; reading: string; note: string };

type Props = {
  /** The server action that makes the move named by the pressed button. */
  moveAction: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The item's id field and version, sent with every move. */
  hidden: Record<string, string | number>;
  options: MoveOption[];
  correction: Correction;
};

// The workflow buttons, for claims and comparisons alike. A move the item's state or the
// user's role does not allow is shown disabled with the reason next to it, in the domain's
// own words. On a published item, "Prepare a correction" only prepares it: another editor
// publishes it from the pending correction (pending-correction.tsx).
export function WorkflowPanel({ moveAction, hidden, options, correction }: Props) {
  const [state, action, pending] = useActionState(moveAction, idle);
  const hiddenInputs = Object.entries(hidden).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  const values = state.status === 'error' ? state.values : undefined;
  /** A correction field: what was typed before a refusal, and its error. */
  const typed = (name: string) => ({ name, defaultValue: values?.[name] ?? '', error: state.fieldErrors?.[name] });
  const publicMoves = options.filter((o) => o.move === 'correct' || o.move === 'retract');
  const otherMoves = options.filter((o) => o.move !== 'correct' && o.move !== 'retract');
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      {otherMoves.length ? (
        <form action={action} className="space-y-3">
          {hiddenInputs}
          <TextAreaField
            label="Note for the history (required to send back to draft)"
            name="reason"
            id="move-reason"
            rows={2}
            defaultValue={values?.move && values.move !== 'correct' ? values.reason : ''}
            error={state.fieldErrors?.reason}
          />
          <ul className="space-y-2">
            {otherMoves.map((o) => (
              <li key={o.move}>
                <button
                  type="submit"
                  name="move"
                  value={o.move}
                  disabled={pending || !!o.blocker || !o.allowedForRole}
                  aria-describedby={o.blocker ? `why-${o.move}` : undefined}
                  className="rounded bg-slate-900 px-3 py-1.5 text-white disabled:bg-slate-300 disabled:text-slate-700"
                >
                  {o.label}
                </button>
                {o.blocker || !o.allowedForRole ? (
                  <p id={`why-${o.move}`} className="mt-1 text-sm text-slate-700">
                    {o.blocker ?? 'Your role cannot do this; an editor can.'}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </form>
      ) : null}
      {publicMoves.some((o) => o.allowedForRole) ? (
        <form action={action} className="space-y-3 rounded border border-slate-300 p-3">
          <h3 className="font-semibold">Correct or retract what readers see</h3>
          {hiddenInputs}
          {correction.kind === 'verdict' ? (
            <SelectField label="Corrected verdict (for a correction)" id="correct-verdict" {...typed('verdictKey')}>
              <option value="">Keep the published verdict</option>
              {correction.verdicts.map((v) => (
                <option key={v.key} value={v.key}>
                  {v.label}
                </option>
              ))}
            </SelectField>
          ) : (
            <ReadingFields
              idPrefix="correct"
              labels={{ reading: 'Corrected reading (for a correction)', note: 'Corrected note on the reading' }}
              reading={values?.reviewerReading ?? correction.reading}
              note={values?.reviewerNote ?? correction.note}
              errors={state.fieldErrors}
            />
          )}
          <TextAreaField label="Public note readers will see" id="public-note" rows={2} {...typed('publicNote')} />
          <TextAreaField
            label="Internal reason"
            name="reason"
            id="public-reason"
            rows={2}
            defaultValue={values?.move === 'correct' || values?.move === 'retract' ? values.reason : ''}
            error={state.fieldErrors?.reason}
          />
          <div className="flex flex-wrap gap-2">
            {publicMoves
              .filter((o) => o.allowedForRole)
              .map((o) => (
                <button
                  key={o.move}
                  type="submit"
                  name="move"
                  value={o.move}
                  disabled={pending || !!o.blocker}
                  className="rounded border border-slate-700 px-3 py-1.5 disabled:opacity-60"
                >
                  {o.label}
                </button>
              ))}
          </div>
          {publicMoves.map((o) =>
            o.allowedForRole && o.blocker ? (
              <p key={o.move} className="text-sm text-slate-700">
                {o.label}: {o.blocker}
              </p>
            ) : null,
          )}
        </form>
      ) : null}
    </div>
  );
}
