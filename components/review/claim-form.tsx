'use client';

import { useActionState } from 'react';
import { saveClaimAction } from '@/app/review/claims/[id]/actions';
import { ClaimFields } from '@/components/review/claim-fields';
import { FormMessage, SubmitButton } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle } from '@/lib/actions/form-state';

type Props = {
  claim: {
    id: string;
    version: number;
    statement: string;
    kind: string;
    claimantId: string | null;
    attribution: string | null;
    internalNotes: string | null;
    explanation: string | null;
  };
  sources: { id: string; name: string }[];
};

export function ClaimForm({ claim, sources }: Props) {
  const [state, action, pending] = useActionState(saveClaimAction, idle);
  // After a refused stale save the form keeps what the user typed; the version moves to
  // the saved one, so saving again is a deliberate overwrite made with both in view.
  const values = state.status === 'error' ? state.values : undefined;
  const version = state.conflict?.version ?? claim.version;
  const errors = state.fieldErrors ?? {};
  const text = (name: 'explanation' | 'internalNotes') => ({
    name,
    defaultValue: values?.[name] ?? claim[name] ?? '',
    error: errors[name],
  });

  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {state.conflict ? <SavedVersion saved={state.conflict.saved} changedBy={state.conflict.changedBy} /> : null}
      <ClaimFields
        sources={sources}
        errors={errors}
        values={{
          statement: values?.statement ?? claim.statement,
          kind: values?.kind ?? claim.kind,
          claimantId: values?.claimantId ?? claim.claimantId ?? '',
          newClaimantName: values?.newClaimantName,
          newClaimantKind: values?.newClaimantKind,
          attribution: values?.attribution ?? claim.attribution ?? '',
        }}
      />
      <TextAreaField
        label="Public explanation (readers see it once the check is published)"
        rows={4}
        {...text('explanation')}
      />
      <TextAreaField label="Internal notes (Markdown, never public)" rows={5} {...text('internalNotes')} />
      <SubmitButton pending={pending}>{state.conflict ? 'Save mine over theirs' : 'Save claim'}</SubmitButton>
    </form>
  );
}

function SavedVersion({ saved, changedBy }: { saved: Record<string, string>; changedBy: string }) {
  const rows: [string, string][] = [
    ['Statement', saved.statement ?? ''],
    ['Kind', saved.kind ?? ''],
    ['Claimant', saved.claimant ?? ''],
    ['Attribution', saved.attribution ?? ''],
    ['Internal notes', saved.internalNotes ?? ''],
  ];
  return (
    <section aria-label={`Saved by ${changedBy}`} className="rounded border border-amber-700 bg-amber-50 p-3 text-sm">
      <h3 className="font-semibold">What {changedBy} saved</h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-700">{label}</dt>
            <dd className="whitespace-pre-wrap">{value || '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
