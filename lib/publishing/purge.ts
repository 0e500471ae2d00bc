import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { absoluteUrl, paths, site } from './site';

// A CDN in front keeps public answers up to two minutes (lib/publishing/http.ts); when
// PURGE_URL is set, it is told at once which URLs changed, so a retracted verdict leaves
// its edge caches as soon as the change commits. The body is `{ "urls": [...] }`, absolute
// URLs on PUBLIC_BASE_URL; lists with a query string (/claims?page=2) are not named, they
// expire on their own (docs/operations.md).

const PURGE_TIMEOUT_MS = 5_000;

/**
 * The addresses that show a claim: its own and its feed, its article's, its card, the
 * lists, the corrections page and its feed, and the API.
 */
export const claimPaths = (claimSlug: string, articleSlug: string) => [
  paths.claim(claimSlug),
  paths.claimFeed(claimSlug),
  paths.corrections(),
  paths.correctionsFeed(),
  paths.article(articleSlug),
  paths.embed(claimSlug),
  paths.home(),
  paths.claims(),
  paths.feed(),
  paths.apiClaims(),
  paths.apiClaim(claimSlug),
];

/** Those, and the comparisons with the claim's figures. */
export async function claimUrls(claimSlug: string, articleSlug: string): Promise<string[]> {
  const comparisons = await db.comparison.findMany({
    where: { members: { some: { figure: { claim: { slug: claimSlug } } } } },
    select: { slug: true },
  });
  return [...claimPaths(claimSlug, articleSlug), ...comparisons.map((c) => paths.comparison(c.slug))];
}

/**
 * A comparison's page and feed, the comparison index, the site's feed, the corrections page
 * and its feed, the API, and the claim pages (and their API answers) that list it.
 */
export async function comparisonUrls(comparisonSlug: string): Promise<string[]> {
  const claims = await db.claim.findMany({
    where: { figures: { some: { comparisons: { some: { comparison: { slug: comparisonSlug } } } } } },
    select: { slug: true },
  });
  return [...comparisonPaths(comparisonSlug), ...claims.flatMap((c) => [paths.claim(c.slug), paths.apiClaim(c.slug)])];
}

export const comparisonPaths = (comparisonSlug: string) => [
  paths.comparison(comparisonSlug),
  paths.comparisonFeed(comparisonSlug),
  paths.comparisons(),
  paths.feed(),
  paths.corrections(),
  paths.correctionsFeed(),
  paths.apiComparisons(),
];

/** Tells the CDN; a failure is logged, never the editor's problem (the answers expire anyway). */
export async function purge(pathsChanged: string[], purgeUrl = env.PURGE_URL): Promise<void> {
  if (!purgeUrl) return;
  const urls = [...new Set(pathsChanged)].map((path) => absoluteUrl(path, site.baseUrl));
  try {
    const answer = await fetch(purgeUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ urls }),
      signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
    });
    if (!answer.ok) log.warn({ status: answer.status, urls: urls.length }, 'purge refused by PURGE_URL');
  } catch (error) {
    log.warn({ error: (error as Error).message, urls: urls.length }, 'purge failed: PURGE_URL did not answer');
  }
}
