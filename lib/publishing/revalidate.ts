import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { recordPublicChange } from './changes';
import { claimPaths, claimUrls, comparisonPaths, comparisonUrls, purge } from './purge';
import { paths } from './site';
import { tags } from './tags';

// Called by the workflow right after a claim is published, corrected or retracted, after
// a comparison is published, corrected or retracted, and after the corrections policy is saved. This process drops its cached data by tag at once
// (`expire: 0`: the next request reads afresh instead of being served the old answer while
// it does) and its rendered pages by path; the PublicChange row tells the other app
// servers on the same database, which read afresh within about a second
// (lib/publishing/changes.ts). A CDN in front, if any, is told which URLs changed
// (PURGE_URL, lib/publishing/purge.ts); the editor does not wait for it.

const now = { expire: 0 };

export async function revalidatePublishedClaim({ claimSlug, articleSlug }: { claimSlug: string; articleSlug: string }) {
  await recordPublicChange(db, 'claim', claimSlug);
  outsideNextIsFine(() => {
    for (const path of claimPaths(claimSlug, articleSlug)) revalidatePath(path);
    // Comparison pages link to their members' claim pages only once those are public.
    revalidatePath('/comparisons/[slug]', 'page');
    for (const tag of [tags.claims, tags.claim(claimSlug)]) revalidateTag(tag, now);
  });
  if (env.PURGE_URL) void claimUrls(claimSlug, articleSlug).then(purge, purgeFailed);
}

export async function revalidatePublishedComparison({ comparisonSlug }: { comparisonSlug: string }) {
  await recordPublicChange(db, 'comparison', comparisonSlug);
  outsideNextIsFine(() => {
    for (const path of comparisonPaths(comparisonSlug)) revalidatePath(path);
    // Every claim page lists the published comparisons its figures are in.
    revalidatePath('/claims/[slug]', 'page');
    for (const tag of [tags.comparisons, tags.claims]) revalidateTag(tag, now);
  });
  if (env.PURGE_URL) void comparisonUrls(comparisonSlug).then(purge, purgeFailed);
}

/** After an admin saves the corrections policy: the /corrections page changes, nothing else. */
export async function revalidateCorrectionsPolicy() {
  await recordPublicChange(db, 'page', 'corrections');
  outsideNextIsFine(() => {
    revalidatePath(paths.corrections());
    revalidateTag(tags.policy, now);
  });
  if (env.PURGE_URL) void purge([paths.corrections()]);
}

const purgeFailed = (error: unknown) => log.warn({ error: (error as Error).message }, 'purge: changed URLs not found');

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
