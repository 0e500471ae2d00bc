import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ClaimView } from '@/components/public/claim-view';
import { getPublicClaim } from '@/lib/publishing/claim';
import { claimReview, serializeJsonLd } from '@/lib/publishing/json-ld';
import { claimMetadata } from '@/lib/publishing/metadata';
import { isSlug, site } from '@/lib/publishing/site';

// Rendered on its first request, never at build (there is no database then), and served
// from the full route cache until revalidatePublishedClaim drops it.
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = cache((slug: string) => (isSlug(slug) ? getPublicClaim(slug) : null));

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
