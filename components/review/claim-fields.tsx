import { ClaimantPicker } from '@/components/review/claimant-picker';
import { SelectField, TextField } from '@/components/ui/field';
import { claimKindLabels } from '@/lib/claims/kinds';

type Props = {
  /** What the fields show: the values sent back after an error, else the claim's own. */
  values: {
    statement: string;
    kind: string;
    /** An existing Source's id, '' for none, or 'new'. */
    claimantId: string;
    newClaimantName?: string;
    newClaimantKind?: string;
    attribution: string;
  };
  errors: Record<string, string>;
  sources: { id: string; name: string }[];
  /** Prefix for element ids, when a page has several of these forms. */
  idPrefix?: string;
};

/** What a claim says and who says it: the fields the workspace's claim form and the proposal form share. */
export function ClaimFields({ values, errors, sources, idPrefix = '' }: Props) {
  const id = (name: string) => `${idPrefix}${name}`;
  const field = (name: 'statement' | 'kind' | 'attribution') => ({
    name,
    id: id(name),
    defaultValue: values[name],
    error: errors[name],
  });
  return (
    <>
      <TextField
        label="Claim statement"
        hint="One line, under 75 characters is best."
        maxLength={200}
        {...field('statement')}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Kind" {...field('kind')}>
          {Object.entries(claimKindLabels).map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </SelectField>
        <ClaimantPicker
          sources={sources}
          initial={values.claimantId}
          newName={values.newClaimantName}
          newKind={values.newClaimantKind}
          errors={errors}
          idPrefix={idPrefix}
        />
      </div>
      <TextField
        label="How the article attributes it"
        hint="For example: said, according to, told reporters, speaker carried over from the paragraph before."
        {...field('attribution')}
      />
    </>
  );
}
