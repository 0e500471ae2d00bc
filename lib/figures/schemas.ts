import { z } from 'zod';
import { optionalDate as optionalDateField, recordId, requiredText, text, version } from '@/lib/validation-text';
import { figureOutcomes } from './outcomes';

export { figureOutcomes };

const count = (message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/[,\s\u00a0]/g, '') : v),
    z.coerce.number({ error: message }).int(message).min(0, message).max(100_000_000, message),
  );
const optional = (max: number) =>
  text()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);
const optionalDate = optionalDateField('Give a date, or leave it empty.');

/** One figure of a claim, as the workspace form sends it. `max` empty means open-ended. */
export const figureSchema = z
  .object({
    claimId: recordId(),
    version,
    figureId: text()
      .optional()
      .transform((v) => v || null),
    outcome: z.enum(figureOutcomes, { message: 'Choose what happened.' }),
    victimGroup: requiredText('Say who: civilians, children, fighters…', 80),
    min: count('Give the lowest number as a whole number.'),
    max: z.preprocess(
      (v) => (v === '' || v === undefined || v === null ? null : v),
      count('Give the highest number as a whole number, or leave it empty for open-ended.').nullable(),
    ),
    qualifier: requiredText('Give the qualifier as written: exact, more than, at least, hundreds…', 80),
    place: optional(200),
    periodText: optional(200),
    periodStart: optionalDate,
    periodEnd: optionalDate,
    cause: optional(200),
    partOfId: text()
      .optional()
      .transform((v) => v || null),
  })
  .refine((f) => f.max === null || f.max >= f.min, {
    path: ['max'],
    message: 'The highest number is below the lowest.',
  })
  .refine((f) => !f.periodStart || !f.periodEnd || f.periodEnd >= f.periodStart, {
    path: ['periodEnd'],
    message: 'The period ends before it starts.',
  });

export const deleteFigureSchema = z.object({
  claimId: recordId(),
  version,
  figureId: recordId(),
  reason: requiredText('Say why this figure is removed.', 2000),
});
