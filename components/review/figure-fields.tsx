import { SelectField, TextField } from '@/components/ui/field';
import { figureOutcomeLabels, figureOutcomes } from '@/lib/claims/kinds';
import { keyOf, type FigureScopeField } from '@/lib/figures/fields';

/** A field of a figure: its name in the form and the database, and its key in a draft ("period"). */
export type FigureField = { name: string; key: string };

type Props = {
  /** The figure's scope fields this form shows, from lib/figures/fields.ts. */
  scope: readonly FigureScopeField[];
  /** The name a field is sent under: `min`, or `figures.0.min` in a form of several figures. */
  name: (field: string) => string;
  id: (field: string) => string;
  /** What the field shows: the value sent back after an error, else the figure's own. */
  value: (field: FigureField) => string;
  /** Errors by the name a field is sent under. */
  errors: Record<string, string | undefined>;
};

const core = (name: string): FigureField => ({ name, key: name });

/** A stored or proposed value as an input shows it: a date as YYYY-MM-DD, nothing as ''. */
export const inputValue = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);

/** The inputs of one figure: what happened, to whom, the range as written, and its scope. */
export function FigureFields({ scope, name, id, value, errors }: Props) {
  const common = (field: FigureField) => ({
    name: name(field.name),
    id: id(field.name),
    defaultValue: value(field),
    error: errors[name(field.name)],
  });
  return (
    <>
      <SelectField label="What happened" {...common(core('outcome'))}>
        {figureOutcomes.map((o) => (
          <option key={o} value={o}>
            {figureOutcomeLabels[o]}
          </option>
        ))}
      </SelectField>
      <TextField label="To whom" {...common(core('victimGroup'))} />
      <TextField label="Lowest number" inputMode="numeric" {...common(core('min'))} />
      <TextField label="Highest number (empty: open-ended)" inputMode="numeric" {...common(core('max'))} />
      <TextField
        label="Qualifier as written"
        hint="exact, more than, at least, hundreds, several…"
        {...common(core('qualifier'))}
      />
      {scope.map((f) => (
        <TextField
          key={f.name}
          label={f.label}
          hint={f.hint}
          type={f.input === 'date' ? 'date' : undefined}
          {...common({ name: f.name, key: keyOf(f) })}
        />
      ))}
    </>
  );
}
