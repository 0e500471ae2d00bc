import { z } from 'zod';
import { optionalRecordId, optionalText, recordId, requiredText, text, version } from '@/lib/validation-text';
import { articleSpan, sourceKinds } from './schemas';

// What the import page's match box sends (components/review/proposal-match.tsx).

/** A proposal linked to an existing claim as one more appearance of it. */
export const linkAppearanceSchema = z
  .object({
    ...articleSpan,
    claimId: recordId('That check no longer exists.'),
    version,
    /** An existing Source's id, '' for none, or 'new' with the new claimant's name. */
    claimantId: text().default(''),
    newClaimantName: optionalText(120),
    newClaimantKind: z
      .union([z.literal(''), z.enum(sourceKinds)])
      .optional()
      .transform((v) => v || 'other'),
    citesSourceId: optionalRecordId('That source does not exist.'),
    attribution: optionalText(200),
  })
  .refine((v) => v.claimantId !== 'new' || v.newClaimantName, {
    path: ['newClaimantName'],
    message: 'Name the new source.',
  });

/** A proposal the reviewer says is not the matched claim: it stays a proposal, with the reason kept. */
export const notSameClaimSchema = z.object({
  ...articleSpan,
  claimId: recordId('That check no longer exists.'),
  reason: requiredText('Say why this is a different claim.', 500),
});
