'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { createClaimAction, rejectProposalAction } from '@/app/review/articles/[id]/actions';
import { claimKindLabels } from '@/components/claim-kind-label';
import { ClaimantPicker } from '@/components/review/claimant-picker';
import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';
import { figureOutcomes } from '@/lib/figures/outcomes';

export type Draft = {
  start: number;
  end: number;
  statement: string;
  kind: string;
  /** An existing Source's id, '' for none, or 'new'. */
  claimantId: string;
  newClaimantName?: string;
  attribution?: string | null;
  figures: {
    outcome: string;
    victimGroup: string;
    min: number;
    max: number | null;
    qualifier: string;
    place?: string;
    period?: string;
    cause?: string;
    partOf?: string;
  }[];
};

type Props = { articleId: string; draft: Draft; sources: { id: string; name: string }[]; idPrefix: string };

/** A proposed (or selected) claim, every field editable before it is accepted. */
export function ClaimDraftForm({ articleId, draft, sources, idPrefix }: Props) {
  const [state, action, pending] = useActionState(createClaimAction, idle);
  const v = state.status === 'error' ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  const id = (name: string) => `${idPrefix}-${name}`;
  const figureValue = (i: number, name: string, fallback: unknown) =>
    v ? (v[`figures.${i}.${name}`] ?? '') : fallback === null || fallback === undefined ? '' : String(fallback);

  if (state.status === 'ok' && state.data?.claimId) {
    return (
      <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 px-3 py-2">
        Claim created. <Link href={`/review/claims/${state.data.claimId}`}>Open its workspace</Link>
      </p>
    );
  }

  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="start" value={draft.start} />
      <input type="hidden" name="end" value={draft.end} />
      <FormMessage state={state} />
      <TextField
        label="Claim statement"
        name="statement"
        id={id('statement')}
        defaultValue={v?.statement ?? draft.statement}
        error={e.statement}
        maxLength={200}
        hint="One line, under 75 characters is best."
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Kind" name="kind" id={id('kind')} defaultValue={v?.kind ?? draft.kind} error={e.kind}>
          {Object.entries(claimKindLabels).map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </SelectField>
        <ClaimantPicker
          sources={sources}
          initial={v?.claimantId ?? draft.claimantId}
          newName={v?.newClaimantName ?? draft.newClaimantName ?? ''}
          newKind={v?.newClaimantKind ?? 'other'}
          errors={e}
          idPrefix={id('')}
        />
      </div>
      <TextField
        label="How the article attributes it"
        name="attribution"
        id={id('attribution')}
        defaultValue={v?.attribution ?? draft.attribution ?? ''}
        error={e.attribution}
      />
      {draft.figures.map((f, i) => {
        const name = (field: string) => `figures.${i}.${field}`;
        const fid = (field: string) => id(`figure-${i}-${field}`);
        return (
          <fieldset key={i} className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2">
            <legend className="px-1 text-sm font-semibold">Figure {i + 1}</legend>
            <label className="flex items-center gap-2 text-sm sm:col-span-2">
              <input type="checkbox" name={name('keep')} defaultChecked={v ? v[name('keep')] === 'on' : true} />
              Keep this figure
            </label>
            <input type="hidden" name={name('partOf')} value={f.partOf ?? ''} />
            <SelectField
              label="What happened"
              name={name('outcome')}
              id={fid('outcome')}
              defaultValue={figureValue(i, 'outcome', f.outcome)}
              error={e[name('outcome')]}
            >
              {figureOutcomes.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </SelectField>
            <TextField
              label="To whom"
              name={name('victimGroup')}
              id={fid('victimGroup')}
              defaultValue={figureValue(i, 'victimGroup', f.victimGroup)}
              error={e[name('victimGroup')]}
            />
            <TextField
              label="Lowest number"
              name={name('min')}
              id={fid('min')}
              inputMode="numeric"
              defaultValue={figureValue(i, 'min', f.min)}
              error={e[name('min')]}
            />
            <TextField
              label="Highest number (empty: open-ended)"
              name={name('max')}
              id={fid('max')}
              inputMode="numeric"
              defaultValue={figureValue(i, 'max', f.max)}
              error={e[name('max')]}
            />
            <TextField
              label="Qualifier as written"
              name={name('qualifier')}
              id={fid('qualifier')}
              defaultValue={figureValue(i, 'qualifier', f.qualifier)}
              error={e[name('qualifier')]}
            />
            <TextField
              label="Place"
              name={name('place')}
              id={fid('place')}
              defaultValue={figureValue(i, 'place', f.place)}
              error={e[name('place')]}
            />
            <TextField
              label="Period as written"
              name={name('periodText')}
              id={fid('periodText')}
              defaultValue={figureValue(i, 'periodText', f.period)}
              error={e[name('periodText')]}
            />
            <TextField
              label="Cause"
              name={name('cause')}
              id={fid('cause')}
              defaultValue={figureValue(i, 'cause', f.cause)}
              error={e[name('cause')]}
            />
          </fieldset>
        );
      })}
      <SubmitButton pending={pending}>Accept claim</SubmitButton>
    </form>
  );
}

export function RejectProposalForm({ articleId, start, end }: { articleId: string; start: number; end: number }) {
  const [state, action, pending] = useActionState(rejectProposalAction, idle);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="start" value={start} />
      <input type="hidden" name="end" value={end} />
      {state.status === 'error' ? <FormMessage state={state} /> : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-slate-700 px-3 py-2 text-sm text-slate-900 disabled:opacity-60"
      >
        Reject proposal
      </button>
    </form>
  );
}
