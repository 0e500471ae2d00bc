import { z } from 'zod';
import { ClaimKind } from '@/lib/generated/prisma/enums';
import { text } from '@/lib/validation-text';

// The filters of the claim and comparison indexes and of GET /api/v1/claims and
// /api/v1/comparisons, shared so that a page link and an API call with the same query
// string find the same checks.

const blankToUndefined = (value: unknown) => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() === '' ? undefined : first;
};

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const paging = {
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  perPage: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(20)),
};
const sourceSlug = optional(text().regex(/^[a-z0-9-]{1,120}$/, 'Not a source slug.'));

export const claimFiltersSchema = z.object({
  verdict: optional(text().regex(/^[a-z0-9_-]{1,50}$/, 'Not a verdict key.')),
  claimant: sourceSlug,
  kind: optional(z.enum(ClaimKind)),
  q: optional(text().trim().max(200, 'Search for at most 200 characters.')),
  ...paging,
});

export type ClaimFilters = z.infer<typeof claimFiltersSchema>;

/** The comparison index: the place its figures count in (words of it), and a source among them. */
export const comparisonFiltersSchema = z.object({
  place: optional(text().trim().max(200, 'Search for a place of at most 200 characters.')),
  source: sourceSlug,
  ...paging,
});

export type ComparisonFilters = z.infer<typeof comparisonFiltersSchema>;

type SearchInput = URLSearchParams | Record<string, string | string[] | undefined>;
const record = (input: SearchInput) => (input instanceof URLSearchParams ? Object.fromEntries(input) : input);

/** Reads URLSearchParams or a page's searchParams object. */
export function parseClaimFilters(input: SearchInput) {
  return claimFiltersSchema.safeParse(record(input));
}

export function parseComparisonFilters(input: SearchInput) {
  return comparisonFiltersSchema.safeParse(record(input));
}

/** The query string for these filters, leaving out defaults, for links between pages. */
export function filtersQuery(filters: Partial<ClaimFilters>, overrides: Partial<ClaimFilters> = {}): string {
  return queryOf({ ...filters, ...overrides }, ['verdict', 'claimant', 'kind', 'q']);
}

export function comparisonFiltersQuery(
  filters: Partial<ComparisonFilters>,
  overrides: Partial<ComparisonFilters> = {},
): string {
  return queryOf({ ...filters, ...overrides }, ['place', 'source']);
}

function queryOf<F extends { page?: number; perPage?: number }>(merged: F, keys: readonly (keyof F & string)[]) {
  const params = new URLSearchParams();
  for (const key of keys) {
    if (merged[key]) params.set(key, String(merged[key]));
  }
  if (merged.page && merged.page > 1) params.set('page', String(merged.page));
  if (merged.perPage && merged.perPage !== 20) params.set('perPage', String(merged.perPage));
  const query = params.toString();
  return query ? `?${query}` : '';
}
