// The ClaimReview properties the issue lists, shared by the browser test of the claim page
// and the database test of the JSON-LD builder.

/** Every ClaimReview property the issue lists, as a path and, where it matters, its value. */
export const claimReviewProperties: [path: string, expected?: unknown][] = [
  ['@context', 'https://schema.org'],
  ['@type', 'ClaimReview'],
  ['claimReviewed'],
  ['url'],
  ['datePublished'],
  ['author.@type', 'Organization'],
  ['author.name'],
  ['author.url'],
  ['reviewRating.@type', 'Rating'],
  ['reviewRating.ratingValue'],
  ['reviewRating.bestRating', 5],
  ['reviewRating.worstRating', 1],
  ['reviewRating.alternateName'],
  ['itemReviewed.@type', 'Claim'],
  ['itemReviewed.author.@type'],
  ['itemReviewed.author.name'],
  ['itemReviewed.datePublished'],
  // Every article that made the claim, the origin first (decision 021).
  ['itemReviewed.appearance.0.url'],
  ['itemReviewed.appearance.0.headline'],
  ['itemReviewed.firstAppearance.url'],
  ['itemReviewed.firstAppearance.headline'],
];

/** The listed properties that are missing or hold another value. */
export function claimReviewProblems(data: Record<string, unknown>): string[] {
  return claimReviewProperties.flatMap(([path, expected]) => {
    const value = path.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], data);
    if (value === undefined || value === null || value === '') return [`${path} is missing`];
    if (expected !== undefined && value !== expected) return [`${path} is ${JSON.stringify(value)}`];
    return [];
  });
}
