import 'server-only';
import { randomUUID } from 'node:crypto';
import { unstable_cache } from 'next/cache';
import { getPublicArticle, listHomeArticles } from './articles';
import { getPublicClaim } from './claim';
import { getPublicComparison } from './comparison';
import { listFeedItems } from './feed';
import type { ClaimFilters } from './filters';
import { listFilterOptions, listPublicClaims } from './list';
import { tags } from './tags';

// The public data of the pages and routes that render on each request (every page does:
// its scripts carry a per-request CSP nonce, docs/decisions/005-security-headers.md): kept
// in Next's data cache until revalidatePublishedClaim drops their tags.
//
// NOTE: Next keeps this cache on disk (.next/cache) across restarts and even rebuilds, but
// revalidations live only in the memory of the process that made them. Each server process
// therefore keys its entries afresh, so it never serves data computed before it started,
// perhaps from another database (a re-seed, a restore, the browser tests' fresh one).
const boot = randomUUID();

export const cachedHomeArticles = unstable_cache(listHomeArticles, ['public', boot, 'home-articles'], {
  tags: [tags.claims],
});

export const cachedClaimList = unstable_cache(
  (filters: Partial<ClaimFilters>) => listPublicClaims(filters),
  ['public', boot, 'claim-list'],
  { tags: [tags.claims] },
);

export const cachedFilterOptions = unstable_cache(listFilterOptions, ['public', boot, 'filter-options'], {
  tags: [tags.claims],
});

export const cachedFeedItems = unstable_cache(() => listFeedItems(), ['public', boot, 'feed'], { tags: [tags.claims] });

export function cachedClaim(slug: string) {
  return unstable_cache(() => getPublicClaim(slug), ['public', boot, 'claim', slug], {
    tags: [tags.claim(slug), tags.claims, tags.comparisons],
  })();
}

/** An article lists its public claims: any claim's publication, correction or retraction changes it. */
export function cachedArticle(slug: string) {
  return unstable_cache(() => getPublicArticle(slug), ['public', boot, 'article', slug], { tags: [tags.claims] })();
}

export function cachedComparison(slug: string) {
  return unstable_cache(() => getPublicComparison(slug), ['public', boot, 'comparison', slug], {
    tags: [tags.comparisons, tags.claims],
  })();
}
