import type { FigureOutcome } from '@/lib/claims/kinds';

// The vocabulary of a figure, written once. A figure is a range (min, max and the qualifier
// the article used), what happened (outcome) to whom (victimGroup), and its scope: the
// fields below. From this list come the zod fields both forms parse (./schemas.ts), the
// draft the detector proposes, the inputs of the figure and proposal forms
// (components/review/figure-fields.tsx), what is selected and published, the public
// tables and the API's figures. A new scope field is a column in prisma/schema.prisma and
// a line here. Plain data, safe in the browser.

type ScopeField = {
  /** The column, and the form field's name. */
  name: string;
  /** Its name in a draft, the public model and the API, where it differs from the column. */
  key?: string;
  label: string;
  hint?: string;
  /** The heading of its column on the public pages; none: readers never see it. */
  column?: string;
  /** The detector proposes it, and the import form shows it. */
  proposed: boolean;
} & ({ input: 'text'; /** The longest text accepted. */ max: number } | { input: 'date' });

export const scopeFields = [
  { name: 'place', label: 'Place', input: 'text', max: 200, column: 'Place', proposed: true },
  {
    name: 'periodText',
    key: 'period',
    label: 'Period as written',
    input: 'text',
    max: 200,
    column: 'Period',
    proposed: true,
  },
  { name: 'cause', label: 'Cause', input: 'text', max: 200, column: 'Cause', proposed: true },
  { name: 'periodStart', label: 'Period starts', input: 'date', proposed: false },
  { name: 'periodEnd', label: 'Period ends', input: 'date', proposed: false },
] as const satisfies readonly ScopeField[];

type Scope = (typeof scopeFields)[number];
type KeyOf<F extends ScopeField> = F extends { key: infer K extends string } ? K : F['name'];
type PublicScope = Extract<Scope, { column: string }>;
type ProposedScope = Extract<Scope, { proposed: true }>;

/** What a scope field says about itself. */
export type FigureScopeField = ScopeField;

/** The scope fields readers see, in order. */
export const publicScopeFields = scopeFields.filter((f): f is PublicScope => 'column' in f);
/** The scope fields the detector proposes, in order. */
export const proposedScopeFields = scopeFields.filter((f): f is ProposedScope => f.proposed);

/** A scope field's name outside the database and the forms: "period" for periodText. */
export function keyOf<F extends ScopeField>(field: F): KeyOf<F> {
  return (field.key ?? field.name) as KeyOf<F>;
}

/** The range and what it counts: the fields every figure has, shown everywhere. */
export type FigureCore = {
  outcome: FigureOutcome;
  /** Whom the number counts, as the text names them: "civilians", "children", "people". */
  victimGroup: string;
  min: number;
  /** null: open-ended ("more than 250" is 251 to open). */
  max: number | null;
  /** The qualifier as lib/figures reads it: "more than", "at least", "hundreds", "exact". */
  qualifier: string;
};

/** A figure the detector proposes, or a reviewer accepts: plain data the import page shows. */
export type FigureDraft = FigureCore & { [F in ProposedScope as KeyOf<F>]?: string } & {
  /** The victim group of the total this figure is part of ("49 children" of "250 civilians"). */
  partOf?: string;
};

/** A figure as readers see it, less what it is part of. */
export type PublicFigureFields = FigureCore & { [F in PublicScope as KeyOf<F>]: string | null };

/** What a published figure is read with: its core and its public scope columns. */
export const publicFigureSelect = {
  outcome: true,
  victimGroup: true,
  min: true,
  max: true,
  qualifier: true,
  ...(Object.fromEntries(publicScopeFields.map((f) => [f.name, true])) as { [F in PublicScope as F['name']]: true }),
};

type PublicFigureRow = FigureCore & { [F in PublicScope as F['name']]: string | null };

/** A figure row, read with publicFigureSelect, in its public shape. */
export function toPublicFigureFields(row: PublicFigureRow): PublicFigureFields {
  const scope = Object.fromEntries(publicScopeFields.map((f) => [keyOf(f), row[f.name]]));
  const { outcome, victimGroup, min, max, qualifier } = row;
  return { outcome, victimGroup, min, max, qualifier, ...(scope as Omit<PublicFigureFields, keyof FigureCore>) };
}
