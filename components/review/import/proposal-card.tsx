import { ClaimKindLabel } from '@/components/claim-kind-label';
import { ProposalMatch } from '@/components/review/proposal-match';
import type { ProposalView } from '@/lib/articles/review';
import { ClaimDraftForm, RejectProposalForm } from './proposal-form';
import { BatchBox } from './proposal-batch';
import { proposalCardId } from './proposal-id';
import { ShowInArticle } from './proposal-jump';

type Props = {
  articleId: string;
  proposal: ProposalView;
  /** Its number among the article's open proposals, from 1. */
  number: number;
  sources: { id: string; name: string }[];
  /** A reader's report the claim would answer (app/review/reports). */
  reportId?: string;
};

/**
 * One proposed claim: what the detector found and why, its form to accept as edited (alone,
 * or ticked with others), and its rejection. Focusable, so that a span chosen in the
 * article lands here. Anything else said about a proposal goes in as one more line.
 */
export function ProposalCard({ articleId, proposal: p, number, sources, reportId }: Props) {
  const key = `${p.start}-${p.end}`;
  const label = `proposal ${number}`;
  return (
    <article
      id={proposalCardId(p.start, p.end)}
      tabIndex={-1}
      data-proposal-card
      aria-labelledby={`proposal-${key}`}
      data-testid="proposal"
      className="scroll-mt-16 space-y-3 rounded border border-slate-300 p-4 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
    >
      <h3 id={`proposal-${key}`} className="font-semibold">
        Proposal {number}: <ClaimKindLabel kind={p.kind} />
      </h3>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <BatchBox proposalKey={key} label={label} />
        <ShowInArticle start={p.start} end={p.end} label={label} />
      </div>
      <blockquote className="border-l-4 border-yellow-400 pl-3 text-sm">{p.text}</blockquote>
      <p className="text-xs text-slate-700">
        {p.claimant ? `Claimant: ${p.claimant.name}${p.claimant.isNew ? ' (new source)' : ''}. ` : ''}
        Why: {p.reason}.
      </p>
      <ProposalMatch
        articleId={articleId}
        proposal={{ ...p, newClaimantName: p.claimant?.isNew ? p.claimant.name : undefined }}
        matches={p.matches}
        sources={sources}
        idPrefix={`m-${key}`}
      />
      <ClaimDraftForm
        articleId={articleId}
        idPrefix={`p-${key}`}
        sources={sources}
        batchKey={key}
        reportId={reportId}
        draft={{ ...p, newClaimantName: p.claimant?.isNew ? p.claimant.name : undefined }}
      />
      <RejectProposalForm articleId={articleId} start={p.start} end={p.end} />
    </article>
  );
}
