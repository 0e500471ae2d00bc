import type { Metadata } from 'next';
import type { PublicArticle } from './articles';
import type { PublicComparison } from './comparison';
import { DEMO_LABEL } from './demo';
import { paths, site } from './site';
import type { PublicClaim } from './types';

// Titles, descriptions, canonical URLs, Open Graph and Twitter cards of the public pages.
// Relative URLs resolve against PUBLIC_BASE_URL (metadataBase in app/layout.tsx).

type Dates = { publishedTime?: string; modifiedTime?: string };

function social(title: string, description: string, url: string, dates: Dates = {}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, siteName: site.name, locale: 'en_GB', type: 'article', ...dates },
    twitter: { card: 'summary', title, description },
  };
}

/** A listing page: the front page or the claim index. */
export function listingMetadata(title: string, description: string, url: string): Metadata {
  const metadata = social(title, description, url);
  return { ...metadata, openGraph: { ...metadata.openGraph, type: 'website' } };
}

export function claimMetadata(claim: PublicClaim): Metadata {
  const verdict = claim.status === 'retracted' ? 'Retracted check' : claim.verdict.label;
  const who = claim.claimant ? `${claim.claimant.name}: ` : '';
  const description = `${claim.demo ? `${DEMO_LABEL}. ` : ''}${verdict}. ${who}“${claim.quote}”`;
  const metadata = social(`${verdict}: ${claim.statement}`, truncate(description), paths.claim(claim.slug), {
    publishedTime: claim.publishedAt,
    modifiedTime: claim.updatedAt,
  });
  return withFeed(metadata, paths.claimFeed(claim.slug), 'Follow this check');
}

export function articleMetadata(article: PublicArticle): Metadata {
  const count = article.claims.length;
  const description = `${article.title} (${article.publisher}), with ${count} checked ${count === 1 ? 'claim' : 'claims'} highlighted in the text.`;
  return social(article.title, description, paths.article(article.slug));
}

export function comparisonMetadata(comparison: PublicComparison): Metadata {
  const sources = [...new Set(comparison.members.map((m) => m.source))].join(', ');
  const metadata = social(
    comparison.question,
    truncate(`Figures from ${sources}, side by side.`),
    paths.comparison(comparison.slug),
  );
  return withFeed(metadata, paths.comparisonFeed(comparison.slug), 'Follow this comparison');
}

/** Says where the page's feed is (`<link rel="alternate" type="application/rss+xml">`). */
export function withFeed(metadata: Metadata, feed: string, title: string): Metadata {
  return {
    ...metadata,
    alternates: { ...metadata.alternates, types: { 'application/rss+xml': [{ url: feed, title }] } },
  };
}

function truncate(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
