'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle, type FormState } from '@/lib/actions/form-state';

type Props = {
  /** The server action that publishes (`move=publish`) or discards (`move=discard`) the correction. */
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  preparedBy: string;
  preparedAt: string;
  /** What readers see now and what they will see once it is published, line by line. */
  changes: { what: string; now: string; after: string }[];
  publicNote: string;
  reason: string;
  /** Why this user cannot publish it (their role, or they prepared it), or null. */
  publishBlocker: string | null;
  canDiscard: boolean;
};

// A correction waiting for its second person, beside what readers see now
// (docs/decisions/008-corrections-take-two-people.md).
export function PendingCorrection(props: Props) {
  const [state, action, pending] = useActionState(props.action, idle);
  return (
    <section
      aria-labelledby="pending-correction-heading"
      className="space-y-3 rounded border-2 border-amber-700 bg-amber-50 p-3"
    >
      <h3 id="pending-correction-heading" className="font-semibold">
        Correction waiting for a second editor
      </h3>
      <p className="text-sm">
        Prepared by {props.preparedBy} on {props.preparedAt}. Readers see the published version until an editor who did
        not prepare it publishes it.
      </p>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">What readers see now, and after the correction</caption>
        <thead>
          <tr className="border-b border-amber-700">
            <th scope="col" className="py-1 pr-2">
              What
            </th>
            <th scope="col" className="py-1 pr-2">
              Readers see now
            </th>
            <th scope="col" className="py-1">
              After the correction
            </th>
          </tr>
        </thead>
        <tbody>
          {props.changes.map((c, i) => (
            <tr key={i} className="border-b border-amber-200 align-top">
              <th scope="row" className="py-1 pr-2 font-medium">
                {c.what}
              </th>
              <td className="py-1 pr-2">{c.now}</td>
              <td className="py-1">{c.after}</td>
            </tr>
          ))}
          <tr className="align-top">
            <th scope="row" className="py-1 pr-2 font-medium">
              Public note
            </th>
            <td className="py-1 pr-2">—</td>
            <td className="py-1 whitespace-pre-wrap">{props.publicNote}</td>
          </tr>
        </tbody>
      </table>
      <p className="text-sm">Internal reason: {props.reason}</p>
      <FormMessage state={state} />
      <form action={action} className="space-y-3">
        {Object.entries(props.hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div>
          <button
            type="submit"
            name="move"
            value="publish"
            disabled={pending || !!props.publishBlocker}
            aria-describedby={props.publishBlocker ? 'why-publish-correction' : undefined}
            className="rounded bg-slate-900 px-3 py-1.5 text-white disabled:bg-slate-300 disabled:text-slate-700"
          >
            Publish the correction
          </button>
          {props.publishBlocker ? (
            <p id="why-publish-correction" className="mt-1 text-sm text-slate-700">
              {props.publishBlocker}
            </p>
          ) : null}
        </div>
        {props.canDiscard ? (
          <>
            <TextAreaField
              label="Why discard it (required to discard)"
              name="reason"
              id="discard-reason"
              rows={2}
              defaultValue={state.values?.move === 'discard' ? state.values.reason : ''}
              error={state.fieldErrors?.reason}
            />
            <button
              type="submit"
              name="move"
              value="discard"
              disabled={pending}
              className="rounded border border-slate-700 px-3 py-1.5 disabled:opacity-60"
            >
              Discard the correction
            </button>
          </>
        ) : null}
      </form>
    </section>
  );
}
