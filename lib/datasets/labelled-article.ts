import { z } from 'zod';
import { claimKinds } from '@/lib/claims/kinds';

// The format of a labelled article (prisma/seed/aleppo-claims.json, tests/fixtures/news): the
// demo seed loads it, and the extraction evaluation compares proposals with it.

export const labelledFigure = z.object({
  outcome: z.string().min(1),
  victims: z.string().min(1),
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().nullable(),
  qualifier: z.string().min(1),
  place: z.string().optional(),
  period: z.string().optional(),
  cause: z.string().optional(),
  /** The victim group of the figure this one is part of. */
  partOf: z.string().optional(),
  /**
   * The wording is vague ("dozens", "nearly 300", "several hundred thousand"): min and max are
   * the qualifier table's reading, and the evaluation accepts any range that overlaps them.
   */
  lenient: z.boolean().optional(),
});

export const labelledClaim = z.object({
  id: z.string().min(1),
  kind: z.enum(claimKinds),
  claimant: z.string().min(1),
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  note: z.string().optional(),
  context: z.string().optional(),
  figures: z.array(labelledFigure).optional(),
});

export const labelledArticle = z.object({
  article: z.object({
    file: z.string().min(1),
    title: z.string().min(1),
    publisher: z.string().min(1),
    sourceLine: z.string().optional(),
    url: z.string().url().optional(),
    publishedAt: z.string().optional(),
  }),
  claims: z.array(labelledClaim),
  comparisons: z
    .array(
      z.object({
        id: z.string().min(1),
        question: z.string().min(1),
        members: z.array(z.string().min(1)).min(2),
        expected: z.string().optional(),
      }),
    )
    .default([]),
});

export type LabelledArticle = z.infer<typeof labelledArticle>;
export type LabelledClaim = z.infer<typeof labelledClaim>;
export type LabelledFigure = z.infer<typeof labelledFigure>;
