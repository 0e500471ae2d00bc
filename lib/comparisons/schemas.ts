import { z } from 'zod';
import { recordId, requiredText, text, version } from '@/lib/validation-text';
import { readingLabels, reviewerReadings } from './readings';

export { readingLabels, reviewerReadings };

// Shared by the comparison forms and the domain functions.
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

export const transitionSchema = z.object({
  comparisonId: id,
  version,
  reason: text().trim().max(5000).default(''),
});

export const correctSchema = transitionSchema.extend({
  reviewerReading: reading,
  reviewerNote: note,
  reason: requiredText('Give the reason for the correction.', 5000),
  publicNote: requiredText('Write the correction note readers will see.', 2000),
});

export const discardCorrectionSchema = transitionSchema.extend({
  reason: requiredText('Say why the correction is discarded.', 5000),
});

export const retractSchema = transitionSchema.extend({
  reason: requiredText('Give the reason for the retraction.', 5000),
  publicNote: requiredText('Write the retraction note readers will see.', 2000),
});
