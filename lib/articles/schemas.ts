import { z } from 'zod';
import { claimKinds, sourceKinds } from '@/lib/claims/schemas';
import { webUrl } from '@/lib/evidence/schemas';
import { figureOutcomes } from '@/lib/figures/schemas';
import { requiredText } from '@/lib/validation-text';
import { defaultStatement } from './statement';

export { defaultStatement };

// Shared by the import and proposal forms and by the domain functions.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => v || null);

/** The article's details; its text comes from lib/articles/text.ts. */
export const importArticleSchema = z.object({
  title: requiredText('Give the article’s title.', 300),
  publisher: requiredText('Name the publisher.', 200),
  url: z
    .union([z.literal(''), webUrl('Give a web address starting with http:// or https://.')])
    .optional()
    .transform((v) => v || null),
  publishedAt: z
    .union([z.literal(''), z.coerce.date({ error: 'Give the publication date, or leave it empty.' })])
    .optional()
    .transform((v) => (v instanceof Date ? v : null)),
});

const offset = z.coerce.number({ error: 'The selection is not a span of the article.' }).int();
const count = (message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/[,\s\u00a0]/g, '') : v),
    z.coerce.number({ error: message }).int(message).min(0, message).max(100_000_000, message),
  );

export const proposedFigureSchema = z
  .object({
    outcome: z.enum(figureOutcomes, { message: 'Choose what happened.' }),
    victimGroup: requiredText('Say who: civilians, children, fighters…', 80),
    min: count('Give the lowest number as a whole number.'),
    max: z.preprocess(
      (v) => (v === '' || v === undefined || v === null ? null : v),
      count('Give the highest number as a whole number, or leave it empty for open-ended.').nullable(),
    ),
    qualifier: requiredText('Give the qualifier as written: exact, more than, at least…', 80),
    place: optionalText(200),
    periodText: optionalText(200),
    cause: optionalText(200),
    /** The victim group of another figure of the same claim that this one is part of. */
    partOf: optionalText(80),
  })
  .refine((f) => f.max === null || f.max >= f.min, {
    path: ['max'],
    message: 'The highest number is below the lowest.',
  });

/** A claim made from a proposal or from a selection: a span of the article and what it says. */
export const createClaimSchema = z
  .object({
    articleId: z.string().min(1),
    start: offset,
    end: offset,
    statement: requiredText('Write the claim in one line.', 200),
    kind: z.enum(claimKinds, { message: 'Choose a kind.' }),
    /** An existing Source's id, '' for none, or 'new' with the two fields below. */
    claimantId: z.string().default(''),
    newClaimantName: optionalText(120),
    newClaimantKind: z.enum(sourceKinds).default('other'),
    attribution: optionalText(200),
    /** null: a proposed figure the reviewer left out (kept in place so errors name the right one). */
    figures: z
      .array(proposedFigureSchema.nullable())
      .max(20)
      .default([])
      .transform((fs) => fs.filter((f) => f !== null)),
  })
  .refine((v) => v.claimantId !== 'new' || v.newClaimantName, {
    path: ['newClaimantName'],
    message: 'Name the new source.',
  });

export const rejectProposalSchema = z.object({
  articleId: z.string().min(1),
  start: offset,
  end: offset,
});

/**
 * Form fields named `figures.0.min` etc. into `figures: [{ min }]`. A figure whose
 * `keep` box is unticked becomes null.
 */
export function nestFigures(values: Record<string, string>) {
  const figures: Record<string, string>[] = [];
  const rest: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const m = /^figures\.(\d+)\.(\w+)$/.exec(key);
    if (!m) rest[key] = value;
    else (figures[Number(m[1])] ??= {})[m[2]!] = value;
  }
  return {
    ...rest,
    figures: Array.from(figures, (f) => {
      if (!f || f.keep !== 'on') return null;
      const { keep: _keep, ...figure } = f;
      return figure;
    }),
  };
}
