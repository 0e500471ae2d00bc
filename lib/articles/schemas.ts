import { z } from 'zod';
import { articleSpan, MAX_PROPOSED_FIGURES } from '@/lib/claims/schemas';
import { webUrl } from '@/lib/evidence/schemas';
import { AppError } from '@/lib/errors';
import { proposedFigureSchema } from '@/lib/figures/schemas';
import { optionalDate, requiredText } from '@/lib/validation-text';
import { defaultStatement } from './statement';
import { canonicalArticleUrl } from './url';

export { defaultStatement };

// The import form's input, and the proposal form's fields read back into a claim
// (lib/claims/schemas.ts parses that claim, lib/figures/schemas.ts its figures).

/** The article's details; its text comes from lib/articles/text.ts. */
export const importArticleSchema = z.object({
  title: requiredText('Give the article’s title.', 300),
  publisher: requiredText('Name the publisher.', 200),
  url: z
    .union([z.literal(''), webUrl('Give a web address starting with http:// or https://.')])
    .optional()
    // Kept without tracking tags, fragment or trailing slash (./url.ts): one page, one address.
    .transform((v) => (v ? canonicalArticleUrl(v) : null)),
  publishedAt: optionalDate('Give the publication date, or leave it empty.'),
});

export const rejectProposalSchema = z.object(articleSpan);

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
