import { RATING_SCALE } from '@/lib/verdicts/defaults';
import { absoluteUrl, paths, type Site } from './site';
import type { PublicArticleRef, PublicClaim } from './types';

// The ClaimReview of a claim page (schema.org/ClaimReview, as Google and the IFCN read it).
// ratingValue is on the 1–5 scale of lib/verdicts/defaults.ts; alternateName is the verdict
// as we word it.

export function organization(site: Site) {
  return {
    '@type': 'Organization',
    name: site.name,
    url: site.baseUrl,
    ...(site.logoUrl ? { logo: { '@type': 'ImageObject', url: site.logoUrl } } : {}),
  };
}

/** An article that made the claim, as schema.org's Claim.appearance reads it. */
function newsArticle(article: PublicArticleRef, site: Site) {
  return {
    '@type': 'NewsArticle',
    url: article.url ?? absoluteUrl(paths.article(article.slug), site.baseUrl),
    headline: article.title,
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    publisher: { '@type': 'Organization', name: article.publisher },
  };
}

export function claimReview(claim: PublicClaim, site: Site) {
  const url = absoluteUrl(paths.claim(claim.slug), site.baseUrl);
  const article = claim.article;
  const origin = newsArticle(article, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: claim.statement,
    datePublished: claim.publishedAt,
    dateModified: claim.updatedAt,
    author: organization(site),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: claim.verdict.ratingValue,
      bestRating: RATING_SCALE.bestRating,
      worstRating: RATING_SCALE.worstRating,
      alternateName: claim.verdict.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.claimant
        ? { author: { '@type': claim.claimant.isPerson ? 'Person' : 'Organization', name: claim.claimant.name } }
        : {}),
      // When the claim was made is when the article carrying it appeared, if we know it.
      ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      // The origin first, then every later article that made the claim (decision 021).
      firstAppearance: origin,
      appearance: [origin, ...claim.appearances.map((a) => newsArticle(a.article, site))],
    },
  };
}

/** JSON for a <script> element: `<` escaped so no string can close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
