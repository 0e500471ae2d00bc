import { z } from 'zod';
import { recordId, requiredText, text, version } from '@/lib/validation-text';
import { claimKinds, sourceKinds } from './kinds';

export { claimKinds, sourceKinds };

// The input each claim verb parses for itself (article import and corrections reuse some).
// The workspace forms send plain FormData; no component imports these schemas.
const id = recordId();
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => v || null);

export const updateClaimSchema = z
  .object({
    claimId: id,
    version,
    statement: requiredText('Write the claim in one line.', 200),
    kind: z.enum(claimKinds, { message: 'Choose a kind.' }),
    /** An existing Source's id, '' for none, or 'new' with the two fields below. */
    claimantId: text().default(''),
    newClaimantName: optionalText(120).optional(),
    newClaimantKind: z.enum(sourceKinds).optional(),
    attribution: optionalText(200),
    internalNotes: optionalText(20_000),
    explanation: optionalText(10_000).optional(),
  })
  .refine((v) => v.claimantId !== 'new' || v.newClaimantName, {
    path: ['newClaimantName'],
    message: 'Name the new source.',
  })
  .refine((v) => v.claimantId !== 'new' || v.newClaimantKind, {
    path: ['newClaimantKind'],
    message: 'Choose what kind of source it is.',
  });

export const setVerdictSchema = z.object({
  claimId: id,
  version,
  verdictKey: text({ error: 'Choose a verdict.' }).min(1, 'Choose a verdict.'),
  reason: requiredText('Give the reason for this verdict.', 5000),
});

export const transitionSchema = z.object({
  claimId: id,
  version,
  reason: text().trim().max(5000).default(''),
});

/** A correction being prepared: a new verdict ('' keeps it), and the note readers will see once it is published. */
export const correctSchema = transitionSchema.extend({
  verdictKey: text().max(64).default(''),
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

export const assignSchema = z.object({ claimId: id, version, assigneeId: text().default('') });

export const commentSchema = z.object({
  claimId: id,
  body: requiredText('Write a comment first.', 10_000),
});
