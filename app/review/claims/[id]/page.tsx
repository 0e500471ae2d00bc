import { format } from 'date-fns';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimKindLabel } from '@/components/claim-kind-label';
import { AssignForm } from '@/components/review/assign-form';
import { ClaimForm } from '@/components/review/claim-form';
import { DeleteFigureForm, FigureForm } from '@/components/review/figure-form';
import { NewComparisonForm } from '@/components/review/comparison-forms';
import { CommentForm } from '@/components/review/comments';
import { EvidenceList } from '@/components/review/evidence-list';
import { AddFileForm, AddLinkForm, AddNoteForm } from '@/components/review/evidence-forms';
import { History } from '@/components/review/history';
import { Markdown } from '@/components/review/markdown';
import { VerdictForm } from '@/components/review/verdict-form';
import { WorkflowPanel } from '@/components/review/workflow-panel';
import { PendingCorrection } from '@/components/review/pending-correction';
import { correctionAction, moveAction } from './actions';
import { TabSet } from '@/components/ui/tabs';
import { VerdictBadge } from '@/components/verdict-badge';
import { roleCan } from '@/lib/auth/permissions';
import { formatRange } from '@/lib/figures';
import { requireUser } from '@/lib/auth/session';
import { loadWorkspace, type Workspace } from '@/lib/claims/workspace';
import { correctionBlocker, moveBlocker, movePermission, moves, type Move } from '@/lib/workflow/rules';
import { stages } from '@/lib/workflow/stages';

export const metadata: Metadata = { title: 'Claim workspace' };

export default async function ClaimWorkspace({ params }: PageProps<'/review/claims/[id]'>) {
  const user = await requireUser();
  const { id } = await params;
  const ws = await loadWorkspace(id);
  if (!ws) notFound();
  const { claim, context } = ws;
  const published = claim.stage === 'published' || claim.stage === 'retracted';
  const wholes = ws.wholes.map((w) => ({
    id: w.id,
    label: `${formatRange(w)} ${w.victimGroup} ${w.outcome} (${w.claim.claimant?.name ?? w.claim.statement})`,
  }));
  const correction = claim.corrections[0] ?? null;
  const options = (Object.keys(moves) as Move[])
    .filter((m) => moves[m].from.includes(claim.stage))
    .map((m) => ({
      move: m,
      label: moves[m].label,
      blocker: moveBlocker(m, { ...claim, correctionPending: !!correction }, user.id),
      allowedForRole: roleCan(user.role, movePermission('claim', m)),
    }));

  return (
    <div className="space-y-8">
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

      <section aria-labelledby="context-heading" className="rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="context-heading" className="text-sm font-semibold text-slate-700">
          In the article
        </h2>
        <p className="mt-2 font-serif text-lg">
          {context.before}
          <mark className="bg-yellow-200 px-0.5">{context.span}</mark>
          {context.after}
        </p>
      </section>

      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="edit-heading" className="space-y-4">
          <h2 id="edit-heading" className="text-lg font-semibold">
            The claim
          </h2>
          {published ? (
            <p>
              This claim is {stages[claim.stage].label.toLowerCase()}; its content is fixed. Correct or retract it
              instead.
            </p>
          ) : (
            <ClaimForm claim={claim} sources={ws.sources} />
          )}
          {claim.internalNotes ? (
            <details>
              <summary className="cursor-pointer text-sm">Internal notes as formatted</summary>
              <Markdown>{claim.internalNotes}</Markdown>
            </details>
          ) : null}
          <section aria-labelledby="figures-heading" className="space-y-3">
            <h3 id="figures-heading" className="font-semibold">
              Figures
            </h3>
            {claim.figures.length === 0 ? <p className="text-sm">No figures yet.</p> : null}
            {claim.figures.map((f) => (
              <details key={f.id} className="rounded border border-slate-300 p-3" data-testid="figure">
                <summary className="cursor-pointer text-sm">
                  {formatRange(f)} {f.victimGroup} {f.outcome}
                  {f.qualifier !== 'exact' ? ` (written “${f.qualifier}”)` : ''}
                  {f.place ? `, ${f.place}` : ''}
                  {f.periodText ? `, ${f.periodText}` : ''}
                  {f.cause ? `, ${f.cause}` : ''}
                  {f.partOf ? ` — part of ${formatRange(f.partOf)} ${f.partOf.victimGroup}` : ''}
                </summary>
                {f.comparisons.length ? (
                  <p className="mt-2 text-sm">
                    In{' '}
                    {f.comparisons.map(({ comparison: c }, i) => (
                      <span key={c.id}>
                        {i ? ', ' : ''}
                        <Link href={`/review/comparisons/${c.id}`}>{c.question}</Link> (
                        {stages[c.stage].label.toLowerCase()})
                      </span>
                    ))}
                  </p>
                ) : null}
                {published ? null : (
                  <div className="mt-3 space-y-3">
                    <FigureForm claimId={claim.id} version={claim.version} figure={f} wholes={wholes} />
                    <DeleteFigureForm claimId={claim.id} version={claim.version} figureId={f.id} />
                  </div>
                )}
                <div className="mt-3 rounded border border-dashed border-slate-400 p-3">
                  <h4 className="text-sm font-medium">Compare this figure with others</h4>
                  <NewComparisonForm figureId={f.id} idPrefix={`compare-${f.id}`} />
                </div>
              </details>
            ))}
            {published ? null : (
              <details className="rounded border border-dashed border-slate-400 p-3">
                <summary className="cursor-pointer text-sm font-medium">Add a figure</summary>
                <div className="mt-3">
                  <FigureForm claimId={claim.id} version={claim.version} wholes={wholes} />
                </div>
              </details>
            )}
          </section>
        </section>

        <aside className="space-y-6">
          <section aria-labelledby="verdict-heading" className="space-y-2">
            <h2 id="verdict-heading" className="text-lg font-semibold">
              Verdict
            </h2>
            {claim.verdictSetBy ? (
              <p className="text-sm">
                Set by {claim.verdictSetBy.name}
                {claim.verdictSetAt ? ` on ${format(claim.verdictSetAt, 'd MMM yyyy')}` : ''}
                {claim.verdictReason ? `: ${claim.verdictReason}` : ''}
              </p>
            ) : (
              <p className="text-sm">No verdict set yet.</p>
            )}
            <VerdictForm claim={claim} verdicts={ws.verdicts} locked={published} />
          </section>
          <section aria-labelledby="workflow-heading" className="space-y-2">
            <h2 id="workflow-heading" className="text-lg font-semibold">
              Workflow
            </h2>
            {correction ? (
              <PendingCorrection
                action={correctionAction}
                hidden={{ claimId: claim.id, version: claim.version }}
                preparedBy={correction.preparedBy?.name ?? 'a former user'}
                preparedAt={format(correction.createdAt, "d MMM yyyy, HH:mm 'UTC'")}
                changes={correctionChanges(correction, claim.verdict.label, ws.verdicts)}
                publicNote={correction.publicNote}
                reason={correction.reason}
                publishBlocker={
                  roleCan(user.role, 'claim.correct')
                    ? correctionBlocker(
                        {
                          preparedById: correction.preparedById,
                          contributorIds: correction.evidence.map((e) => e.proposedById),
                        },
                        user.id,
                      )
                    : 'Your role cannot publish a correction; an editor can.'
                }
                canDiscard={correction.preparedById === user.id || roleCan(user.role, 'claim.correct')}
              />
            ) : null}
            <WorkflowPanel
              moveAction={moveAction}
              hidden={{ claimId: claim.id, version: claim.version }}
              options={options}
              correction={{ kind: 'verdict', verdicts: ws.verdicts }}
            />
          </section>
          <section aria-labelledby="assign-heading" className="space-y-2">
            <h2 id="assign-heading" className="text-lg font-semibold">
              Assignment
            </h2>
            <p className="text-sm">Assigned to {claim.assignee?.name ?? 'nobody'}.</p>
            <AssignForm
              claimId={claim.id}
              version={claim.version}
              assigneeId={claim.assigneeId}
              me={user}
              canAssign={roleCan(user.role, 'claim.assign')}
              staff={ws.staff}
            />
          </section>
        </aside>
      </div>

      <TabSet
        label="Evidence, comments and history"
        tabs={[
          {
            id: 'evidence',
            title: `Evidence (${claim.evidence.filter((e) => !e.removedAt).length})`,
            content: (
              <div className="space-y-6">
                <EvidenceList
                  claimId={claim.id}
                  evidence={claim.evidence}
                  pending={Object.fromEntries(correction?.evidence.map((e) => [e.evidenceId, e.change]) ?? [])}
                />
                <div className="grid gap-6 md:grid-cols-3">
                  <section aria-labelledby="add-link">
                    <h3 id="add-link" className="mb-2 font-semibold">
                      Attach a link
                    </h3>
                    <AddLinkForm claimId={claim.id} />
                  </section>
                  <section aria-labelledby="add-file">
                    <h3 id="add-file" className="mb-2 font-semibold">
                      Attach a file
                    </h3>
                    <AddFileForm claimId={claim.id} />
                  </section>
                  <section aria-labelledby="add-note">
                    <h3 id="add-note" className="mb-2 font-semibold">
                      Attach a note
                    </h3>
                    <AddNoteForm claimId={claim.id} />
                  </section>
                </div>
              </div>
            ),
          },
          {
            id: 'comments',
            title: `Comments (${claim.comments.length})`,
            content: (
              <div className="space-y-4">
                <ol className="space-y-3">
                  {claim.comments.map((c) => (
                    <li key={c.id} className="rounded border border-slate-200 p-3 text-sm">
                      <p className="font-medium">
                        {c.author?.name ?? 'Former user'} ·{' '}
                        <time dateTime={c.createdAt.toISOString()}>
                          {format(c.createdAt, "d MMM yyyy, HH:mm 'UTC'")}
                        </time>
                      </p>
                      <Markdown>{c.body}</Markdown>
                    </li>
                  ))}
                </ol>
                <CommentForm claimId={claim.id} />
              </div>
            ),
          },
          { id: 'history', title: 'History', content: <History events={ws.history} /> },
        ]}
      />
    </div>
  );
}

type Correction = Workspace['claim']['corrections'][number];

/** A pending correction, line by line: what readers see now and what they will see after it. */
function correctionChanges(correction: Correction, verdictNow: string, verdicts: { key: string; label: string }[]) {
  const changes: { what: string; now: string; after: string }[] = [];
  if (correction.verdictKey) {
    const after = verdicts.find((v) => v.key === correction.verdictKey)?.label ?? correction.verdictKey;
    changes.push({ what: 'Verdict', now: verdictNow, after });
  }
  for (const c of correction.evidence) {
    const e = c.evidence;
    const title = e.title ?? e.url ?? e.fileName ?? e.note?.slice(0, 80) ?? 'Evidence';
    changes.push(
      c.change === 'show'
        ? { what: 'Evidence', now: 'Not shown', after: `Shown: ${title}` }
        : { what: 'Evidence', now: `Shown: ${title}`, after: `Taken off: ${c.reason ?? ''}` },
    );
  }
  return changes;
}
