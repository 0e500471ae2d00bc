import type { Metadata } from 'next';
import Link from 'next/link';
import { ClaimKindLabel } from '@/components/claim-kind-label';
import { forgetViewAction } from '@/app/review/actions';
import { BulkActions } from '@/components/review/bulk-actions';
import { BulkSelect, SelectAll } from '@/components/review/bulk-select';
import { QueueFilters } from '@/components/review/queue-filters';
import { QueueViews } from '@/components/review/queue-views';
import { VerdictBadge } from '@/components/verdict-badge';
import { requireUser } from '@/lib/auth/session';
import { roleCan } from '@/lib/auth/permissions';
import { bulkOperations } from '@/lib/claims/bulk';
import { listQueue, openingView, queueFilterOptions, queueQuerySchema, queueViews } from '@/lib/claims/queue';
import { countClaimsByStage } from '@/lib/claims/stage-counts';
import { stageOrder, stages } from '@/lib/workflow/stages';

export const metadata: Metadata = { title: 'Review desk' };

const BULK_FORM = 'bulk';

export default async function ReviewDesk({ searchParams }: PageProps<'/review'>) {
  const user = await requireUser();
  const params = await searchParams;
  // With no view in the address the desk picks one, and says which and why.
  const opening = params.view === undefined ? await openingView(user) : null;
  const query = queueQuerySchema.parse({ ...params, view: opening?.view ?? params.view });
  const [counts, queue, options] = await Promise.all([
    countClaimsByStage(),
    listQueue(query, user),
    queueFilterOptions(),
  ]);
  const pageHref = (page: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...query, page }).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
    );
    return `/review?${params}`;
  };
  const editor = roleCan(user.role, 'claim.assign');
  const operations = Object.entries(bulkOperations)
    .filter(([, o]) => editor || !o.editorsOnly)
    .map(([value, o]) => ({ value, label: o.label }));
  // A reviewer may take claims for themselves; an editor assigns anyone.
  const assignees = editor ? options.staff : options.staff.filter((u) => u.id === user.id);

  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Review desk</h1>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label="Claims by stage">
        {stageOrder.map((stage) => (
          <div key={stage} className="rounded border border-slate-300 p-3">
            <dt className="text-sm text-slate-700">{stages[stage].label}</dt>
            <dd className="text-2xl font-semibold">{counts[stage]}</dd>
          </div>
        ))}
      </dl>
      <QueueViews
        views={Object.entries(queueViews).map(([view, { label }]) => ({ view, label }))}
        current={query.view}
      />
      <QueueFilters query={query} options={options} />
      <div>
        <h2 className="text-lg font-semibold" id="queue-heading">
          {queueViews[query.view].label}: {queue.total.toLocaleString('en-GB')}
          {queue.exact ? '' : '+'} claim{queue.total === 1 && queue.exact ? '' : 's'}
        </h2>
        {opening ? (
          <div className="flex flex-wrap items-baseline gap-3">
            <p className="text-sm text-slate-700" data-testid="opening-view">
              {opening.why}
            </p>
            {opening.remembered ? (
              <form action={forgetViewAction}>
                <button type="submit" className="text-sm text-blue-800 underline">
                  Forget my choice
                </button>
              </form>
            ) : null}
          </div>
        ) : null}
      </div>
      {queue.rows.length === 0 ? (
        <p>No claims match. Try another view or clear the filters.</p>
      ) : (
        <>
          <BulkActions id={BULK_FORM} operations={operations} staff={assignees} />
          <BulkSelect form={BULK_FORM}>
            <table className="w-full border-collapse text-left text-sm" aria-labelledby="queue-heading">
              <thead>
                <tr className="border-b">
                  <th scope="col" className="w-8 py-2">
                    <SelectAll />
                  </th>
                  <th scope="col" className="py-2">
                    Claim
                  </th>
                  <th scope="col">Claimant</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Verdict</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Assignee</th>
                </tr>
              </thead>
              <tbody>
                {queue.rows.map((claim) => (
                  <tr key={claim.id} className="border-b align-top" data-testid="queue-row">
                    <td className="py-2">
                      <input
                        type="checkbox"
                        name="claim"
                        form={BULK_FORM}
                        value={`${claim.id}:${claim.version}`}
                        aria-label={`Select “${claim.statement}”`}
                        className="size-4"
                      />
                    </td>
                    <td className="py-2 pr-3">
                      <Link href={`/review/claims/${claim.id}`} className="font-medium">
                        {claim.statement}
                      </Link>
                      <div className="text-slate-600">
                        {claim.article.title} · {claim.figures} figures · {claim.evidence} evidence
                      </div>
                      {claim.articleChange ? (
                        <div className="mt-1 inline-block rounded bg-orange-100 px-1 text-orange-950">
                          The article changed here
                        </div>
                      ) : null}
                    </td>
                    <td className="pr-3">{claim.claimant?.name ?? '—'}</td>
                    <td className="pr-3">
                      <ClaimKindLabel kind={claim.kind} />
                    </td>
                    <td className="pr-3">
                      <VerdictBadge label={claim.verdict.label} tone={claim.verdict.tone} />
                    </td>
                    <td className="pr-3">{stages[claim.stage].label}</td>
                    <td>{claim.assignee?.name ?? 'Nobody'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </BulkSelect>
        </>
      )}
      {query.page > 1 || queue.hasNext ? (
        <nav aria-label="Pages" className="flex items-center gap-4">
          {query.page > 1 ? <Link href={pageHref(query.page - 1)}>Previous page</Link> : null}
          <span>{queue.pages === null ? `Page ${query.page}` : `Page ${query.page} of ${queue.pages}`}</span>
          {queue.hasNext ? <Link href={pageHref(query.page + 1)}>Next page</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
