import { z } from 'zod';
import { ClaimKind } from '@/lib/generated/prisma/enums';
import { text } from '@/lib/validation-text';

// The filters of the claim index and of GET /api/v1/claims, shared so that a page link and
// an API call with the same query string find the same claims.

const blankToUndefined = (value: unknown) => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() === '' ? undefined : first;
};

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const claimFiltersSchema = z.object({
  verdict: optional(text().regex(/^[a-z0-9_-]{1,50}$/, 'Not a verdict key.')),
  claimant: optional(text().regex(/^[a-z0-9-]{1,120}$/, 'Not a source slug.')),
  kind: optional(z.enum(ClaimKind)),
  q: optional(text().trim().max(200, 'Search for at most 200 characters.')),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
  perPage: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(20)),
});

export type ClaimFilters = z.infer<typeof claimFiltersSchema>;

/** Reads URLSearchParams or a page's searchParams object. */
export function parseClaimFilters(input: URLSearchParams | Record<string, string | string[] | undefined>) {
  const record = input instanceof URLSearchParams ? Object.fromEntries(input) : input;
  return claimFiltersSchema.safeParse(record);
}

/** The query string for these filters, leaving out defaults, for links between pages. */
export function filtersQuery(filters: Partial<ClaimFilters>, overrides: Partial<ClaimFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const key of ['verdict', 'claimant', 'kind', 'q'] as const) {
    if (merged[key]) params.set(key, String(merged[key]));
  }
  if (merged.page && merged.page > 1) params.set('page', String(merged.page));
  if (merged.perPage && merged.perPage !== 20) params.set('perPage', String(merged.perPage));
  const query = params.toString();
  return query ? `?${query}` : '';
}
