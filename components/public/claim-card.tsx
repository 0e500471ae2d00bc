import { ClaimKindLabel } from '@/components/claim-kind-label';
import { paths } from '@/lib/publishing/site';
import type { PublicClaimSummary } from '@/lib/publishing/types';
import { DateText } from './date-text';
import { DemoTag } from './demo-notice';
import { PublicLink } from './link';
import { StatusBadge } from './status-badge';

/** One check in a list: verdict, statement (the link), who made it, when. */
export function ClaimCard({ claim, headingLevel = 3 }: { claim: PublicClaimSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="rounded border border-slate-200 p-4">
      <StatusBadge status={claim.status} verdict={claim.verdict} />
      <Heading className="mt-2 font-serif text-lg font-semibold">
        <PublicLink href={paths.claim(claim.slug)}>{claim.statement}</PublicLink>
      </Heading>
      <p className="mt-1 text-sm text-slate-700">
        {claim.claimant?.name ?? 'Not attributed'} · <ClaimKindLabel kind={claim.kind} /> · in “{claim.article.title}” ·{' '}
        <DateText iso={claim.publishedAt} />
      </p>
      {claim.demo ? (
        <div className="mt-2">
          <DemoTag />
        </div>
      ) : null}
    </article>
  );
}
