import { z } from 'zod';
import { recordId, requiredText, text, version } from '@/lib/validation-text';
import { correctionFields, discardFields, retractFields, stepFields } from '@/lib/workflow/schemas';
import { readingLabels, reviewerReadings } from './readings';

export { readingLabels, reviewerReadings };

// The input each comparison verb parses for itself; the forms send plain FormData.
const id = recordId();

export const MAX_MEMBERS = 12;

const question = requiredText('Write the question the comparison answers.', 300);

export const createComparisonSchema = z.object({
  question,
  /** The figure the comparison starts from (the claim workspace offers one). */
  figureId: text()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
});

export const questionSchema = z.object({ comparisonId: id, version, question });

export const memberSchema = z.object({
  comparisonId: id,
  version,
  figureId: text({ error: 'Choose a figure.' }).min(1, 'Choose a figure.').max(64),
});

export const moveMemberSchema = memberSchema.extend({ direction: z.enum(['up', 'down']) });

const reading = z.enum(reviewerReadings, { error: 'Choose one of the three readings.' });
const note = requiredText('Explain the reading in a note readers will see.', 4000);

export const readingSchema = z.object({ comparisonId: id, version, reviewerReading: reading, reviewerNote: note });

export const transitionSchema = z.object({ comparisonId: id, ...stepFields });

export const correctSchema = transitionSchema.extend({
  reviewerReading: reading,
  reviewerNote: note,
  ...correctionFields,
});

export const discardCorrectionSchema = transitionSchema.extend(discardFields);

export const retractSchema = transitionSchema.extend(retractFields);
