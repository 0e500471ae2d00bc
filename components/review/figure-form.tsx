'use client';

import { useActionState } from 'react';
import { deleteFigureAction, saveFigureAction } from '@/app/review/claims/[id]/actions';
import { FigureFields, inputValue, type FigureField } from '@/components/review/figure-fields';
import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/ui/field';
import { idle } from '@/lib/actions/form-state';
import { scopeFields } from '@/lib/figures/fields';
import type { Figure } from '@/lib/generated/prisma/client';

export type FigureRow = Omit<Figure, 'claimId' | 'position' | 'createdAt' | 'updatedAt'>;

type Props = { claimId: string; version: number; figure?: FigureRow; wholes: { id: string; label: string }[] };

/** A new figure starts as one exact count of people killed. */
const blank: Partial<Record<string, string>> = { outcome: 'killed', qualifier: 'exact' };

/** Adds a figure, or edits one: every field of DESIGN.md's Figure. */
export function FigureForm({ claimId, version, figure, wholes }: Props) {
  const [state, action, pending] = useActionState(saveFigureAction, idle);
  const v = state.status === 'error' ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  const id = (name: string) => `${figure?.id ?? 'new'}-${name}`;
  const value = ({ name }: FigureField) =>
    v?.[name] ?? (figure ? inputValue(figure[name as keyof FigureRow]) : (blank[name] ?? ''));
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" noValidate>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={state.conflict?.version ?? version} />
      {figure ? <input type="hidden" name="figureId" value={figure.id} /> : null}
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <FigureFields scope={scopeFields} name={(field) => field} id={id} value={value} errors={e} />
      <SelectField
        label="Part of"
        name="partOfId"
        id={id('partOfId')}
        defaultValue={value({ name: 'partOfId', key: 'partOfId' })}
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
