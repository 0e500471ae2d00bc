'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { createClaimAction, rejectProposalAction } from '@/app/review/articles/[id]/actions';
import { ClaimFields } from '@/components/review/claim-fields';
import { FigureFields, inputValue, type FigureField } from '@/components/review/figure-fields';
import { FormMessage, SubmitButton } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';
import { proposedScopeFields, type FigureDraft } from '@/lib/figures/fields';

export type Draft = {
  start: number;
  end: number;
  statement: string;
  kind: string;
  /** An existing Source's id, '' for none, or 'new'. */
  claimantId: string;
  newClaimantName?: string;
  attribution?: string | null;
  figures: FigureDraft[];
};

type Props = {
  articleId: string;
  draft: Draft;
  sources: { id: string; name: string }[];
  idPrefix: string;
  /** A proposal's key, so that "Accept selected" finds its form (proposal-batch.tsx). */
  batchKey?: string;
  /** A reader's report this claim answers (app/review/reports): closed with the claim. */
  reportId?: string;
};

/** A proposed (or selected) claim, every field editable before it is accepted. */
export function ClaimDraftForm({ articleId, draft, sources, idPrefix, batchKey, reportId }: Props) {
  const [state, action, pending] = useActionState(createClaimAction, idle);
  const v = state.status === 'error' ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  const id = (name: string) => `${idPrefix}-${name}`;

  if (state.status === 'ok' && state.data?.claimId) {
    return (
      <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 px-3 py-2">
        {state.message} <Link href={`/review/claims/${state.data.claimId}`}>Open its workspace</Link>
      </p>
    );
  }

  return (
    <form action={action} data-batch={batchKey} className="space-y-3" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="start" value={draft.start} />
      <input type="hidden" name="end" value={draft.end} />
      {reportId ? <input type="hidden" name="reportId" value={reportId} /> : null}
      <FormMessage state={state} />
      <ClaimFields
        sources={sources}
        errors={e}
        idPrefix={id('')}
        values={{
          statement: v?.statement ?? draft.statement,
          kind: v?.kind ?? draft.kind,
          claimantId: v?.claimantId ?? draft.claimantId,
          newClaimantName: v?.newClaimantName ?? draft.newClaimantName ?? '',
          newClaimantKind: v?.newClaimantKind ?? 'other',
          attribution: v?.attribution ?? draft.attribution ?? '',
        }}
      />
      {draft.figures.map((f, i) => {
        const name = (field: string) => `figures.${i}.${field}`;
        const value = (field: FigureField) =>
          v ? (v[name(field.name)] ?? '') : inputValue(f[field.key as keyof FigureDraft]);
        return (
          <fieldset key={i} className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2">
            <legend className="px-1 text-sm font-semibold">Figure {i + 1}</legend>
            <label className="flex items-center gap-2 text-sm sm:col-span-2">
              <input type="checkbox" name={name('keep')} defaultChecked={v ? v[name('keep')] === 'on' : true} />
              Keep this figure
            </label>
            <input type="hidden" name={name('partOf')} value={f.partOf ?? ''} />
            <FigureFields
              scope={proposedScopeFields}
              name={name}
              id={(field) => id(`figure-${i}-${field}`)}
              value={value}
              errors={e}
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
