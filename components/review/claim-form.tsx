'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { saveClaimAction } from '@/app/review/claims/[id]/actions';
import { ClaimFields } from '@/components/review/claim-fields';
import { FormMessage, SubmitButton } from '@/components/ui/field';
import { TextAreaField } from '@/components/ui/text-area';
import { idle } from '@/lib/actions/form-state';
import { dropDraft, restoreDraft } from '@/components/review/claim-workspace/claim-draft';

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
  const form = useRef<HTMLFormElement>(null);
  // Text kept by the live notice's reload (claim-workspace/live-notice.tsx) comes back
  // once; if someone else changed the same fields, the form stays on the version it was
  // typed on, so that saving shows their text beside it before anything is overwritten.
  const [restored, setRestored] = useState<{ version: number; overlap: boolean } | null>(null);
  useEffect(() => {
    const draft = form.current && restoreDraft(form.current, claim.id);
    if (draft) setRestored(draft);
  }, [claim.id]);
  useEffect(() => {
    if (state.status === 'ok') dropDraft(claim.id);
  }, [state, claim.id]);
  // After a refused stale save the form keeps what the user typed; the version moves to
  // the saved one, so saving again is a deliberate overwrite made with both in view.
  const values = state.status === 'error' ? state.values : undefined;
  const version =
    state.conflict?.version ?? (restored?.overlap && state.status !== 'ok' ? restored.version : claim.version);
  const errors = state.fieldErrors ?? {};
  const text = (name: 'explanation' | 'internalNotes') => ({
    name,
    defaultValue: values?.[name] ?? claim[name] ?? '',
    error: errors[name],
  });

  return (
    <form ref={form} action={action} data-claim-form={claim.id} className="space-y-4" noValidate>
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {restored && state.status === 'idle' ? (
        <p className="rounded border border-sky-700 bg-sky-50 p-3 text-sm">
          Your unsaved text is back in the form.
          {restored.overlap
            ? ' Someone else changed the same fields: saving will show their text beside yours first.'
            : ' The fields you had not changed show the latest save.'}
        </p>
      ) : null}
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
