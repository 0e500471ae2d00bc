import { RATING_SCALE } from '@/lib/verdicts/defaults';
import { DEMO_NOTICE } from './demo';
import type { ClaimPage, ComparisonPage } from './list';
import { absoluteUrl, paths, type Site } from './site';
import type { PublicClaim, PublicClaimSummary } from './types';

// The JSON of /api/v1 (documented in docs/api.md). Built from the public model only, so an
// answer cannot carry more than a page shows.

export function apiClaimSummary(c: PublicClaimSummary, site: Site) {
  const url = (path: string) => absoluteUrl(path, site.baseUrl);
  return {
    slug: c.slug,
    url: url(paths.claim(c.slug)),
    apiUrl: url(paths.apiClaim(c.slug)),
    embedUrl: url(paths.embed(c.slug)),
    statement: c.statement,
    quote: c.quote,
    kind: c.kind,
    status: c.status,
    demo: c.demo,
    demoNotice: c.demo ? DEMO_NOTICE : null,
    verdict: {
      key: c.verdict.key,
      label: c.verdict.label,
      description: c.verdict.description,
      ratingValue: c.verdict.ratingValue,
      bestRating: RATING_SCALE.bestRating,
      worstRating: RATING_SCALE.worstRating,
    },
    claimant: c.claimant && {
      slug: c.claimant.slug,
      name: c.claimant.name,
      type: c.claimant.isPerson ? 'Person' : 'Organization',
      kind: c.claimant.kind,
      description: c.claimant.description,
    },
    article: { ...c.article, annotatedUrl: url(paths.article(c.article.slug)) },
    publishedAt: c.publishedAt,
    updatedAt: c.updatedAt,
  };
}

export function apiClaim(c: PublicClaim, site: Site) {
  const url = (path: string) => absoluteUrl(path, site.baseUrl);
  return {
    ...apiClaimSummary(c, site),
    quoteUrl: url(paths.claimInArticle(c.article.slug, c.slug)),
    attribution: c.attribution,
    explanation: c.explanation,
    figures: c.figures.map(({ partOf, ...f }) => ({
      ...f,
      partOf: partOf && { text: partOf.text, claimUrl: url(paths.claim(partOf.claimSlug)) },
    })),
    evidence: c.evidence,
    comparisons: c.comparisons.map((k) => ({ ...k, url: url(paths.comparison(k.slug)) })),
    appearances: c.appearances.map((a) => ({
      ...a,
      article: { ...a.article, annotatedUrl: url(paths.article(a.article.slug)) },
      quoteUrl: url(paths.claimInArticle(a.article.slug, c.slug)),
    })),
    independentSources: c.independentSources,
    history: c.history,
  };
}

export function apiClaimPage(page: ClaimPage, site: Site, query: (page: number) => string) {
  return apiPage(
    page.claims.map((c) => apiClaimSummary(c, site)),
    page,
    paths.apiClaims(),
    site,
    query,
  );
}

export function apiComparisonPage(page: ComparisonPage, site: Site, query: (page: number) => string) {
  const data = page.comparisons.map((c) => ({
    slug: c.slug,
    url: absoluteUrl(paths.comparison(c.slug), site.baseUrl),
    question: c.question,
    status: c.status,
    demo: c.demo,
    demoNotice: c.demo ? DEMO_NOTICE : null,
    sources: c.sources,
    places: c.places,
    figureCount: c.figureCount,
    publishedAt: c.publishedAt,
  }));
  return apiPage(data, page, paths.apiComparisons(), site, query);
}

/** A page of a list, with absolute links to itself and its neighbours. */
function apiPage<T>(
  data: T[],
  page: Omit<ClaimPage, 'claims'>,
  path: string,
  site: Site,
  query: (page: number) => string,
) {
  const link = (n: number) => absoluteUrl(`${path}${query(n)}`, site.baseUrl);
  return {
    data,
    page: page.page,
    perPage: page.perPage,
    total: page.total,
    totalPages: page.totalPages,
    links: {
      self: link(page.page),
      next: page.page < page.totalPages ? link(page.page + 1) : null,
      prev: page.page > 1 ? link(Math.min(page.page - 1, page.totalPages)) : null,
    },
  };
}
