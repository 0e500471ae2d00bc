import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActivityTabs } from '@/components/review/claim-workspace/activity-tabs';
import { ArticleChangePanel } from '@/components/review/claim-workspace/article-change';
import { ArticleContext } from '@/components/review/claim-workspace/article-context';
import { AssignmentSection } from '@/components/review/claim-workspace/assignment-section';
import { ClaimSection } from '@/components/review/claim-workspace/claim-section';
import { ClaimHeader } from '@/components/review/claim-workspace/header';
import { LiveNotice } from '@/components/review/claim-workspace/live-notice';
import { VerdictSection } from '@/components/review/claim-workspace/verdict-section';
import { WorkflowSection } from '@/components/review/claim-workspace/workflow-section';
import { requireUser } from '@/lib/auth/session';
import { loadWorkspace } from '@/lib/claims/workspace';
import { correctionAction, moveAction } from './actions';

export const metadata: Metadata = { title: 'Claim workspace' };

export default async function ClaimWorkspace({ params }: PageProps<'/review/claims/[id]'>) {
  const user = await requireUser();
  const { id } = await params;
  const ws = await loadWorkspace(id);
  if (!ws) notFound();

  return (
    <div className="space-y-8">
      <ClaimHeader claim={ws.claim} />
      <LiveNotice claimId={ws.claim.id} version={ws.claim.version} />
      <ArticleContext context={ws.context} />
      <ArticleChangePanel claim={ws.claim} now={ws.context.span} />
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <ClaimSection ws={ws} />
        <aside className="space-y-6">
          <VerdictSection claim={ws.claim} verdicts={ws.verdicts} />
          <WorkflowSection ws={ws} user={user} moveAction={moveAction} correctionAction={correctionAction} />
          <AssignmentSection claim={ws.claim} staff={ws.staff} user={user} />
        </aside>
      </div>
      <ActivityTabs ws={ws} />
    </div>
  );
}
