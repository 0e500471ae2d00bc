'use client';

import { useState } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { sourceKinds } from '@/lib/claims/kinds';

type Props = {
  sources: { id: string; name: string }[];
  /** The chosen source's id, '' for none, or 'new'. */
  initial: string;
  newName?: string;
  newKind?: string;
  errors: Record<string, string>;
  /** Prefix for element ids, when a page has several of these. */
  idPrefix?: string;
};

/** Who made the claim: an existing Source, nobody, or a new source named here. */
export function ClaimantPicker({ sources, initial, newName, newKind, errors, idPrefix = '' }: Props) {
  const [claimant, setClaimant] = useState(initial);
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
      <SelectField
        label="Who made it (claimant)"
        name="claimantId"
        id={id('claimantId')}
        value={claimant}
        onChange={(event) => setClaimant(event.target.value)}
        error={errors.claimantId}
      >
        <option value="">Not attributed</option>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
        <option value="new">A new source…</option>
      </SelectField>
      {claimant === 'new' ? (
        <div className="grid gap-3 rounded border border-slate-300 p-3 sm:col-span-2 sm:grid-cols-2">
          <TextField
            label="New source’s name"
            name="newClaimantName"
            id={id('newClaimantName')}
            defaultValue={newName ?? ''}
            error={errors.newClaimantName}
          />
          <SelectField
            label="Kind of source"
            name="newClaimantKind"
            id={id('newClaimantKind')}
            defaultValue={newKind ?? ''}
            error={errors.newClaimantKind}
          >
            <option value="">Choose…</option>
            {sourceKinds.map((k) => (
              <option key={k} value={k}>
                {k.replace('_', ' ')}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
    </>
  );
}
