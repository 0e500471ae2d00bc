import { z } from 'zod';
import { date, recordId, requiredText, text } from '@/lib/validation-text';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The upload's whole body: the file and the form's other fields and boundaries. */
export const MAX_UPLOAD_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024;

/** Only http(s): a `javascript:` or `data:` link would run or hide content in a reader's browser. */
export const webUrl = (message: string) =>
  text({ error: message })
    .trim()
    .max(2048, 'Use an address under 2048 characters.')
    .refine((v) => {
      try {
        const url = new URL(v);
        return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname;
      } catch {
        return false;
      }
    }, message);

const common = {
  claimId: recordId(),
  stance: z.enum(['supports', 'refutes', 'context'], {
    message: 'Choose whether it supports, refutes or gives context.',
  }),
  isPublic: z
    .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('')])
    .optional()
    .transform((v) => v === true || v === 'on' || v === 'true'),
};

export const linkEvidenceSchema = z.object({
  ...common,
  url: webUrl('Give a web address starting with http:// or https://.'),
  title: requiredText('Give the page a title.', 300),
  publisher: text()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  accessedAt: date('Give the date you read it.').optional(),
  archiveUrl: z
    .union([z.literal(''), webUrl('The archive address must start with http:// or https://.')])
    .optional()
    .transform((v) => v || null),
});

export const noteEvidenceSchema = z.object({
  ...common,
  note: requiredText('Write the note.', 20_000),
});

export const fileEvidenceSchema = z.object({
  ...common,
  title: text()
    .trim()
    .max(300)
    .optional()
    .transform((v) => v || null),
});

export const removeEvidenceSchema = z.object({
  evidenceId: recordId(),
  reason: requiredText('Say why this evidence is removed.', 2000),
});
