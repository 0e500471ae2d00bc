import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getPublicClaim } from '@/lib/publishing/claim';
import { claimReview, serializeJsonLd } from '@/lib/publishing/json-ld';
import { createClaim } from '@/tests/factories';
import { resetDb } from '@/tests/setup/reset';
import { claimReviewProblems } from '@/tests/e2e/public-claim-review';

// The ClaimReview of a claim page, checked against the list of properties.
beforeEach(resetDb);

const site = {
  name: 'The Test Desk',
  baseUrl: 'https://checks.example.org',
  logoUrl: 'https://checks.example.org/logo.png',
};

async function publishedClaim(isPerson: boolean, verdictKey = 'false') {
  const source = await db.source.create({
    data: { slug: `src-${isPerson}`, name: isPerson ? 'Jane Minister' : 'The Ministry', kind: 'official', isPerson },
  });
  const claim = await createClaim({
    stage: 'published',
    publishedAt: new Date('2026-03-02T10:00:00Z'),
    verdictKey,
    claimantId: source.id,
  });
  await db.article.update({
    where: { id: claim.articleId },
    data: { publishedAt: new Date('2026-03-01T08:00:00Z'), url: 'https://news.example/flood' },
  });
  return (await getPublicClaim(claim.slug))!;
}

describe('the ClaimReview JSON-LD', () => {
  it('carries every listed property, with the rating on the documented scale', async () => {
    const claim = await publishedClaim(true);
    const data = JSON.parse(serializeJsonLd(claimReview(claim, site)));
    expect(claimReviewProblems(data)).toEqual([]);
    const origin = {
      '@type': 'NewsArticle',
      url: 'https://news.example/flood',
      headline: claim.article.title,
      datePublished: '2026-03-01T08:00:00.000Z',
      publisher: { '@type': 'Organization', name: 'The Test Times' },
    };
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `https://checks.example.org/claims/${claim.slug}`,
      claimReviewed: claim.statement,
      datePublished: '2026-03-02T10:00:00.000Z',
      dateModified: '2026-03-02T10:00:00.000Z',
      author: {
        '@type': 'Organization',
        name: 'The Test Desk',
        url: 'https://checks.example.org',
        logo: { '@type': 'ImageObject', url: 'https://checks.example.org/logo.png' },
      },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Jane Minister' },
        datePublished: '2026-03-01T08:00:00.000Z',
        firstAppearance: origin,
        appearance: [origin],
      },
    });
  });

  it('names an organisation as an Organization and rates each verdict from the Verdict table', async () => {
    const claim = await publishedClaim(false, 'verified');
    const data = claimReview(claim, { ...site, logoUrl: null });
    expect(data.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'The Ministry' });
    expect(data.reviewRating).toMatchObject({ ratingValue: 5, alternateName: 'Verified' });
    expect(data.author).not.toHaveProperty('logo');
  });

  it('cannot be closed early by a statement that contains a script tag', async () => {
    const claim = await publishedClaim(true);
    const json = serializeJsonLd(claimReview({ ...claim, statement: '</script><script>alert(1)</script>' }, site));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).claimReviewed).toBe('</script><script>alert(1)</script>');
  });
});
