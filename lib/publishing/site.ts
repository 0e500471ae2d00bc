import { env } from '@/lib/env';

// Who publishes, and where: every canonical URL, feed link and JSON-LD author comes from
// configuration, so a newsroom's own domain and name appear without code changes.
export const site = {
  name: env.ORG_NAME,
  baseUrl: env.PUBLIC_BASE_URL.replace(/\/+$/, ''),
  logoUrl: env.ORG_LOGO_URL ?? null,
};

export type Site = typeof site;

export const paths = {
  home: () => '/',
  claims: () => '/claims',
  claim: (slug: string) => `/claims/${slug}`,
  article: (slug: string) => `/articles/${slug}`,
  /** The claim's place in the annotated article. */
  claimInArticle: (articleSlug: string, claimSlug: string) => `/articles/${articleSlug}#claim-${claimSlug}`,
  comparisons: () => '/comparisons',
  comparison: (slug: string) => `/comparisons/${slug}`,
  embed: (slug: string) => `/embed/claims/${slug}`,
  apiClaims: () => '/api/v1/claims',
  apiClaim: (slug: string) => `/api/v1/claims/${slug}`,
  apiComparisons: () => '/api/v1/comparisons',
  feed: () => '/feed.xml',
  corrections: () => '/corrections',
  correctionsFeed: () => '/corrections/feed.xml',
  /** One check's own feed: its publication, corrections, retraction and new appearances. */
  claimFeed: (slug: string) => `/claims/${slug}/feed.xml`,
  comparisonFeed: (slug: string) => `/comparisons/${slug}/feed.xml`,
};

export function absoluteUrl(path: string, base: string = site.baseUrl): string {
  return `${base}${path}`;
}

/** Slugs are lower-case words and hyphens (lib/slug.ts); anything else is not ours. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9][a-z0-9-]{0,119}$/.test(value);
}
