import { z } from 'zod';
import { figureOutcomes } from '@/lib/claims/kinds';
import { optionalDate, optionalText, recordId, requiredText, text, version } from '@/lib/validation-text';
import { proposedScopeFields, scopeFields, type FigureScopeField } from './fields';

// The zod fields of a figure, derived from its vocabulary (./fields.ts): the workspace's
// figure form and the import page's proposal form parse the same ones.

const count = (message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/[,\s\u00a0]/g, '') : v),
    z.coerce.number({ error: message }).int(message).min(0, message).max(100_000_000, message),
  );
const emptyToNull = text()
  .optional()
  .transform((v) => v || null);

const scopeDate = optionalDate('Give a date, or leave it empty.');
type ScopeZod<F> = F extends { input: 'date' } ? typeof scopeDate : ReturnType<typeof optionalText>;

function scopeShape<F extends FigureScopeField>(fields: readonly F[]) {
  const entries = fields.map((f) => [f.name, f.input === 'date' ? scopeDate : optionalText(f.max)]);
  return Object.fromEntries(entries) as { [K in F as K['name']]: ScopeZod<K> };
}

const coreShape = {
  outcome: z.enum(figureOutcomes, { message: 'Choose what happened.' }),
  victimGroup: requiredText('Say who: civilians, children, fighters…', 80),
  min: count('Give the lowest number as a whole number.'),
  max: z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? null : v),
    count('Give the highest number as a whole number, or leave it empty for open-ended.').nullable(),
  ),
  qualifier: requiredText('Give the qualifier as written: exact, more than, at least, hundreds…', 80),
};

const rangeInOrder = (f: { min: number; max: number | null }) => f.max === null || f.max >= f.min;
const rangeOutOfOrder = { path: ['max'], message: 'The highest number is below the lowest.' };

/** One figure of a claim, as the workspace form sends it. `max` empty means open-ended. */
export const figureSchema = z
  .object({
    claimId: recordId(),
    version,
    figureId: emptyToNull,
    ...coreShape,
    ...scopeShape(scopeFields),
    partOfId: emptyToNull,
  })
  .refine(rangeInOrder, rangeOutOfOrder)
  .refine((f) => !f.periodStart || !f.periodEnd || f.periodEnd >= f.periodStart, {
    path: ['periodEnd'],
    message: 'The period ends before it starts.',
  });

/** A figure of a proposed claim, as the import page's proposal form sends it. */
export const proposedFigureSchema = z
  .object({
    ...coreShape,
    ...scopeShape(proposedScopeFields),
    /** The victim group of another figure of the same claim that this one is part of. */
    partOf: optionalText(80),
  })
  .refine(rangeInOrder, rangeOutOfOrder);

export const deleteFigureSchema = z.object({
  claimId: recordId(),
  version,
  figureId: recordId(),
  reason: requiredText('Say why this figure is removed.', 2000),
});
