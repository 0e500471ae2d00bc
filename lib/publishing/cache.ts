import 'server-only';
import { randomUUID } from 'node:crypto';
import { unstable_cache } from 'next/cache';
import { getPublicArticle, listHomeArticles } from './articles';
import { getPublicClaim } from './claim';
import { getPublicComparison } from './comparison';
import { readPolicy } from '@/lib/corrections/policy';
import { buildCheckRss, checkEvents, findFollowedCheck, type FollowedCheck } from './check-feed';
import { listPublicCorrections } from './corrections';
import { listFeedItems } from './feed';
import { site } from './site';
import type { ClaimFilters, ComparisonFilters } from './filters';
import { listComparisonSources, listFilterOptions, listPublicClaims, listPublicComparisons } from './list';
import { publicGeneration } from './changes';
import { tags } from './tags';

// The public data of the pages and routes that render on each request (every page does:
// its scripts carry a per-request CSP nonce, docs/decisions/005-security-headers.md): kept
// in Next's data cache until revalidatePublishedClaim drops their tags.
//
// NOTE: Next keeps this cache on disk (.next/cache) across restarts and even rebuilds, but
// revalidations live only in the memory of the process that made them. Each server process
// therefore keys its entries afresh, so it never serves data computed before it started,
// perhaps from another database (a re-seed, a restore, the browser tests' fresh one).
//
// The key also carries the generation of public changes (lib/publishing/changes.ts): when
// another app server on the same PostgreSQL publishes, the generation moves and every
// entry here is read afresh (docs/decisions/007-public-changes-across-servers.md).
const boot = randomUUID();
const key = (...parts: string[]) => ['public', boot, publicGeneration(), ...parts];

export const cachedHomeArticles = () =>
  unstable_cache(listHomeArticles, key('home-articles'), { tags: [tags.claims] })();

export const cachedClaimList = (filters: Partial<ClaimFilters>) =>
  unstable_cache((f: Partial<ClaimFilters>) => listPublicClaims(f), key('claim-list'), { tags: [tags.claims] })(
    filters,
  );

export const cachedFilterOptions = () =>
  unstable_cache(listFilterOptions, key('filter-options'), { tags: [tags.claims] })();

/** A comparison's publication, or a claim's (the names of its sources), changes the comparison index. */
export const cachedComparisonList = (filters: Partial<ComparisonFilters>) =>
  unstable_cache((f: Partial<ComparisonFilters>) => listPublicComparisons(f), key('comparison-list'), {
    tags: [tags.comparisons, tags.claims],
  })(filters);

export const cachedComparisonSources = () =>
  unstable_cache(listComparisonSources, key('comparison-sources'), { tags: [tags.comparisons, tags.claims] })();

export const cachedFeedItems = () => unstable_cache(() => listFeedItems(), key('feed'), { tags: [tags.claims] })();

export function cachedClaim(slug: string) {
  return unstable_cache(() => getPublicClaim(slug), key('claim', slug), {
    tags: [tags.claim(slug), tags.claims, tags.comparisons],
  })();
}

/** An article lists its public claims: any claim's publication, correction or retraction changes it. */
export function cachedArticle(slug: string) {
  return unstable_cache(() => getPublicArticle(slug), key('article', slug), { tags: [tags.claims] })();
}

export function cachedComparison(slug: string) {
  return unstable_cache(() => getPublicComparison(slug), key('comparison', slug), {
    tags: [tags.comparisons, tags.claims],
  })();
}

/** Corrections and retractions of claims and comparisons. */
export const cachedCorrections = () =>
  unstable_cache(listPublicCorrections, key('corrections'), { tags: [tags.claims, tags.comparisons] })();

/** The policy's Markdown (dates do not survive the cache as Dates: the page shows none). */
export const cachedPolicy = () =>
  unstable_cache(async () => (await readPolicy()).body, key('policy'), { tags: [tags.policy] })();

/** One check's own feed, or null when readers cannot see the check. */
export function cachedCheckFeed(type: FollowedCheck['type'], slug: string) {
  return unstable_cache(
    async () => {
      const check = await findFollowedCheck(type, slug);
      return check && buildCheckRss(check, await checkEvents(check), site);
    },
    key('check-feed', type, slug),
    { tags: [tags.claims, tags.comparisons, tags.claim(slug)] },
  )();
}
