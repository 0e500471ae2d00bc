import { z } from 'zod';
import { claimKinds, sourceKinds } from '@/lib/claims/schemas';
import { webUrl } from '@/lib/evidence/schemas';
import { AppError } from '@/lib/errors';
import { figureOutcomes } from '@/lib/figures/schemas';
import { int32, optionalDate, recordId, requiredText, text } from '@/lib/validation-text';
import { defaultStatement } from './statement';

export { defaultStatement };

// Shared by the import and proposal forms and by the domain functions.
const optionalText = (max: number) =>
  text()
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
  publishedAt: optionalDate('Give the publication date, or leave it empty.'),
});

/** A claim made from a proposal keeps at most this many figures. */
export const MAX_PROPOSED_FIGURES = 20;

const offset = int32('The selection is not a span of the article.');
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
    articleId: recordId(),
    start: offset,
    end: offset,
    statement: requiredText('Write the claim in one line.', 200),
    kind: z.enum(claimKinds, { message: 'Choose a kind.' }),
    /** An existing Source's id, '' for none, or 'new' with the two fields below. */
    claimantId: text().default(''),
    newClaimantName: optionalText(120),
    newClaimantKind: z.enum(sourceKinds).default('other'),
    attribution: optionalText(200),
    /** null: a proposed figure the reviewer left out (kept in place so errors name the right one). */
    figures: z
      .array(proposedFigureSchema.nullable())
      .max(MAX_PROPOSED_FIGURES, `A claim can keep at most ${MAX_PROPOSED_FIGURES} figures.`)
      .default([])
      .transform((fs) => fs.filter((f) => f !== null)),
  })
  .refine((v) => v.claimantId !== 'new' || v.newClaimantName, {
    path: ['newClaimantName'],
    message: 'Name the new source.',
  });

export const rejectProposalSchema = z.object({
  articleId: recordId(),
  start: offset,
  end: offset,
});

const figureFields = new Set([...Object.keys(proposedFigureSchema.shape), 'keep']);

/**
 * Form fields named `figures.0.min` etc. into `figures: [{ min }]`. A figure whose
 * `keep` box is unticked becomes null. The index is checked before anything is built
 * (`figures.4294967294.keep` would otherwise ask for an array of four billion slots), and
 * only the figure's own field names are read.
 */
export function nestFigures(values: Record<string, string>) {
  const figures = new Map<number, Record<string, string>>();
  const rest: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const m = /^figures\.(\d+)\.(\w+)$/.exec(key);
    if (!m) {
      rest[key] = value;
      continue;
    }
    const index = m[1]!.length > 3 ? Infinity : Number(m[1]);
    if (index >= MAX_PROPOSED_FIGURES) throw tooManyFigures();
    if (!figureFields.has(m[2]!)) continue;
    const figure = figures.get(index) ?? {};
    figure[m[2]!] = value;
    figures.set(index, figure);
  }
  const count = figures.size ? Math.max(...figures.keys()) + 1 : 0;
  return {
    ...rest,
    figures: Array.from({ length: count }, (_, i) => {
      const f = figures.get(i);
      if (!f || f.keep !== 'on') return null;
      const { keep: _keep, ...figure } = f;
      return figure;
    }),
  };
}

function tooManyFigures() {
  const message = `A claim can keep at most ${MAX_PROPOSED_FIGURES} figures.`;
  return AppError.fields({ figures: message }, message);
}
