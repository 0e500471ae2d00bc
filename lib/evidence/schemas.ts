import { z } from 'zod';
import { requiredText } from '@/lib/validation-text';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Only http(s): a `javascript:` or `data:` link would run or hide content in a reader's browser. */
export const webUrl = (message: string) =>
  z
    .string({ error: message })
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
  claimId: z.string().min(1),
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
  publisher: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || null),
  accessedAt: z.coerce.date({ message: 'Give the date you read it.' }).optional(),
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
  title: z
    .string()
    .trim()
    .max(300)
    .optional()
    .transform((v) => v || null),
});

export const removeEvidenceSchema = z.object({
  evidenceId: z.string().min(1),
  reason: requiredText('Say why this evidence is removed.', 2000),
});
