import { ClaimKindLabel } from '@/components/claim-kind-label';
import { VerdictBadge } from '@/components/verdict-badge';
import type { Workspace } from '@/lib/claims/workspace';
import { stages } from '@/lib/workflow/stages';

/** The claim's statement with where it stands: verdict, stage, kind, claimant, version. */
export function ClaimHeader({ claim }: { claim: Workspace['claim'] }) {
  return (
    <header className="space-y-2">
      <p className="text-sm text-slate-700">
        {claim.article.title} · {claim.article.publisher}
      </p>
      <h1 className="text-2xl font-semibold">{claim.statement}</h1>
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <VerdictBadge label={claim.verdict.label} tone={claim.verdict.tone} />
        <span>Stage: {stages[claim.stage].label}</span>
        <span>
          Kind: <ClaimKindLabel kind={claim.kind} />
        </span>
        <span>Claimant: {claim.claimant?.name ?? 'not attributed'}</span>
        <span>Version {claim.version}</span>
      </p>
    </header>
  );
}
