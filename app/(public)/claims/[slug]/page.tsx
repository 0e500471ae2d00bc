import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ClaimView } from '@/components/public/claim-view';
import { cachedClaim } from '@/lib/publishing/cache';
import { claimReview, serializeJsonLd } from '@/lib/publishing/json-ld';
import { claimMetadata } from '@/lib/publishing/metadata';
import { isSlug, site } from '@/lib/publishing/site';

type Props = { params: Promise<{ slug: string }> };

// Rendered on each request like every page (app/layout.tsx), from data kept in the cache
// until a publication drops it (lib/publishing/revalidate.ts).
const load = cache((slug: string) => (isSlug(slug) ? cachedClaim(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await load((await params).slug);
  return claim ? claimMetadata(claim) : { title: 'Check not found' };
}

export default async function ClaimPage({ params }: Props) {
  const claim = await load((await params).slug);
  if (!claim) notFound();
  return (
    <>
      <ClaimView claim={claim} />
      {/* A retracted check no longer rates anything, so it offers no ClaimReview. */}
      {claim.status === 'published' ? (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(claimReview(claim, site)) }}
        />
      ) : null}
    </>
  );
}
