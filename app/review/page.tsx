import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/session';
import { countClaimsByStage } from '@/lib/claims/stage-counts';
import { stageOrder, stages } from '@/lib/workflow/stages';

export const metadata: Metadata = { title: 'Review desk' };

export default async function ReviewDesk() {
  const user = await requireUser();
  const counts = await countClaimsByStage();
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Review desk</h1>
      <p>Signed in as {user.name}.</p>
      <h2 className="text-lg font-semibold">Claims by stage</h2>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
        {stageOrder.map((stage) => (
          <div key={stage} className="rounded border border-slate-300 p-3">
            <dt className="text-sm text-slate-700">{stages[stage].label}</dt>
            <dd className="text-2xl font-semibold">{counts[stage]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
