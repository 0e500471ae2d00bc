'use client';

import { useActionState } from 'react';
import { deleteFigureAction, saveFigureAction } from '@/app/review/claims/[id]/actions';
import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';
import { figureOutcomes } from '@/lib/figures/outcomes';

export type FigureRow = {
  id: string;
  outcome: string;
  victimGroup: string;
  min: number;
  max: number | null;
  qualifier: string;
  place: string | null;
  periodText: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  cause: string | null;
  partOfId: string | null;
};

type Props = { claimId: string; version: number; figure?: FigureRow; wholes: { id: string; label: string }[] };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

/** Adds a figure, or edits one: every field of DESIGN.md's Figure. */
export function FigureForm({ claimId, version, figure, wholes }: Props) {
  const [state, action, pending] = useActionState(saveFigureAction, idle);
  const v = state.status === 'error' ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  const id = (name: string) => `${figure?.id ?? 'new'}-${name}`;
  const value = (name: keyof FigureRow, fallback = '') => v?.[name] ?? (figure ? String(figure[name] ?? '') : fallback);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={state.conflict?.version ?? version} />
      {figure ? <input type="hidden" name="figureId" value={figure.id} /> : null}
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <SelectField
        label="What happened"
        name="outcome"
        id={id('outcome')}
        defaultValue={value('outcome', 'killed')}
        error={e.outcome}
      >
        {figureOutcomes.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </SelectField>
      <TextField
        label="To whom"
        name="victimGroup"
        id={id('victimGroup')}
        defaultValue={value('victimGroup')}
        error={e.victimGroup}
      />
      <TextField
        label="Lowest number"
        name="min"
        id={id('min')}
        inputMode="numeric"
        defaultValue={value('min')}
        error={e.min}
      />
      <TextField
        label="Highest number (empty: open-ended)"
        name="max"
        id={id('max')}
        inputMode="numeric"
        defaultValue={value('max')}
        error={e.max}
      />
      <TextField
        label="Qualifier as written"
        name="qualifier"
        id={id('qualifier')}
        hint="exact, more than, at least, hundreds, several…"
        defaultValue={value('qualifier', 'exact')}
        error={e.qualifier}
      />
      <TextField label="Place" name="place" id={id('place')} defaultValue={value('place')} error={e.place} />
      <TextField label="Period as written" name="periodText" id={id('periodText')} defaultValue={value('periodText')} />
      <TextField label="Cause" name="cause" id={id('cause')} defaultValue={value('cause')} />
      <TextField
        label="Period starts"
        name="periodStart"
        id={id('periodStart')}
        type="date"
        defaultValue={v?.periodStart ?? day(figure?.periodStart ?? null)}
        error={e.periodStart}
      />
      <TextField
        label="Period ends"
        name="periodEnd"
        id={id('periodEnd')}
        type="date"
        defaultValue={v?.periodEnd ?? day(figure?.periodEnd ?? null)}
        error={e.periodEnd}
      />
      <SelectField
        label="Part of"
        name="partOfId"
        id={id('partOfId')}
        defaultValue={value('partOfId')}
        error={e.partOfId}
      >
        <option value="">Not part of another figure</option>
        {wholes
          .filter((w) => w.id !== figure?.id)
          .map((w) => (
            <option key={w.id} value={w.id}>
              {w.label}
            </option>
          ))}
      </SelectField>
      <div className="self-end">
        <SubmitButton pending={pending}>{figure ? 'Save figure' : 'Add figure'}</SubmitButton>
      </div>
    </form>
  );
}

export function DeleteFigureForm({
  claimId,
  version,
  figureId,
}: {
  claimId: string;
  version: number;
  figureId: string;
}) {
  const [state, action, pending] = useActionState(deleteFigureAction, idle);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="figureId" value={figureId} />
      <TextField
        label="Reason for removing this figure"
        name="reason"
        id={`${figureId}-remove-reason`}
        error={state.fieldErrors?.reason}
      />
      <button type="submit" disabled={pending} className="rounded border border-red-800 px-3 py-2 text-red-900">
        Remove figure
      </button>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
