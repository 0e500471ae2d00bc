import { z } from 'zod';
import { proposedFigureSchema } from '@/lib/figures/schemas';
import { int32, optionalText as absentOrText, recordId, requiredText, text, version } from '@/lib/validation-text';
import { correctionFields, discardFields, retractFields, stepFields } from '@/lib/workflow/schemas';
import { claimKinds, sourceKinds } from './kinds';

export { claimKinds, sourceKinds };

// The input each claim verb parses for itself (corrections reuse some). The workspace and
// import forms send plain FormData; no component imports these schemas.
const id = recordId();
const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => v || null);

/** What a claim says, as the workspace's claim form and the import page's proposal form send it. */
const claimFields = {
  statement: requiredText('Write the claim in one line.', 200),
  kind: z.enum(claimKinds, { message: 'Choose a kind.' }),
  /** An existing Source's id, '' for none, or 'new' with the new claimant's fields. */
  claimantId: text().default(''),
};
const newClaimantNamed = (v: { claimantId: string; newClaimantName?: string | null }) =>
  v.claimantId !== 'new' || v.newClaimantName;
const nameTheNewSource = { path: ['newClaimantName'], message: 'Name the new source.' };

/** A claim made from a proposal keeps at most this many figures. */
export const MAX_PROPOSED_FIGURES = 20;

const offset = int32('The selection is not a span of the article.');
/** A span of an article, as a proposal or a selection names it. */
export const articleSpan = { articleId: recordId(), start: offset, end: offset };

/** A claim made from a proposal or from a selection: a span of the article and what it says. */
export const createClaimSchema = z
  .object({
    ...articleSpan,
    ...claimFields,
    newClaimantName: absentOrText(120),
    newClaimantKind: z.enum(sourceKinds).default('other'),
    attribution: absentOrText(200),
    /** null: a proposed figure the reviewer left out (kept in place so errors name the right one). */
    figures: z
      .array(proposedFigureSchema.nullable())
      .max(MAX_PROPOSED_FIGURES, `A claim can keep at most ${MAX_PROPOSED_FIGURES} figures.`)
      .default([])
      .transform((fs) => fs.filter((f) => f !== null)),
  })
  .refine(newClaimantNamed, nameTheNewSource);

export const updateClaimSchema = z
  .object({
    claimId: id,
    version,
    ...claimFields,
    newClaimantName: optionalText(120).optional(),
    newClaimantKind: z.enum(sourceKinds).optional(),
    attribution: optionalText(200),
    internalNotes: optionalText(20_000),
    explanation: optionalText(10_000).optional(),
  })
  .refine(newClaimantNamed, nameTheNewSource)
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

export const transitionSchema = z.object({ claimId: id, ...stepFields });

/** A correction being prepared: a new verdict ('' keeps it), and the note readers will see once it is published. */
export const correctSchema = transitionSchema.extend({
  verdictKey: text().max(64).default(''),
  ...correctionFields,
});

export const discardCorrectionSchema = transitionSchema.extend(discardFields);

export const retractSchema = transitionSchema.extend(retractFields);

export const assignSchema = z.object({ claimId: id, version, assigneeId: text().default('') });

export const commentSchema = z.object({
  claimId: id,
  body: requiredText('Write a comment first.', 10_000),
});
