import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { paths } from './site';
import { tags } from './tags';

// Called by the workflow right after a claim is published, corrected or retracted, and
// after a comparison is published. Pages served from the full route cache are dropped by
// path; data kept with unstable_cache (lists, feed, API) by tag. `expire: 0` makes the next
// request render afresh instead of being served the old answer while it does.

const now = { expire: 0 };

export function revalidatePublishedClaim({ claimSlug, articleSlug }: { claimSlug: string; articleSlug: string }) {
  outsideNextIsFine(() => {
    for (const path of [
      paths.claim(claimSlug),
      paths.article(articleSlug),
      paths.embed(claimSlug),
      paths.home(),
      paths.claims(),
      paths.feed(),
      paths.apiClaims(),
      paths.apiClaim(claimSlug),
    ]) {
      revalidatePath(path);
    }
    // Comparison pages link to their members' claim pages only once those are public.
    revalidatePath('/comparisons/[slug]', 'page');
    for (const tag of [tags.claims, tags.claim(claimSlug)]) revalidateTag(tag, now);
  });
}

export function revalidatePublishedComparison({ comparisonSlug }: { comparisonSlug: string }) {
  outsideNextIsFine(() => {
    revalidatePath(paths.comparison(comparisonSlug));
    // Every claim page lists the published comparisons its figures are in.
    revalidatePath('/claims/[slug]', 'page');
    for (const tag of [tags.comparisons, tags.claims]) revalidateTag(tag, now);
  });
}

/**
 * Scripts and database tests run the workflow outside a Next.js request: there is no cache
 * in their process to clear, and Next.js throws "static generation store missing".
 */
function outsideNextIsFine(revalidate: () => void) {
  try {
    revalidate();
  } catch (error) {
    if (error instanceof Error && error.message.includes('static generation store missing')) return;
    throw error;
  }
}
